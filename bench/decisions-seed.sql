-- Seeds 20,000 decisions for bench/decisions.sh: ten years (2016–2025) of monthly meetings for every
-- body that has meetings in the demo data, with Swedish and Finnish titles and texts built from the
-- municipality's usual subjects and villages, plus one decision with a rare word. Run once on a demo
-- database; it does nothing when the bench decisions are already there.
DO $$
BEGIN
  IF (SELECT count(*) FROM decisions_decision WHERE year BETWEEN 2016 AND 2025) >= 20000 THEN
    RAISE NOTICE 'bench decisions already seeded';
    RETURN;
  END IF;

  CREATE TEMP TABLE bench_body AS
    SELECT DISTINCT body_id, body_slug, body_kind FROM decisions_meeting;

  INSERT INTO decisions_meeting (body_id, body_slug, body_kind, meeting_date, starts_at, ends_at, place, notice_posted_on,
                                 approved_on, approvers, approval_posted_on)
  SELECT b.body_id, b.body_slug, b.body_kind, d::date + 8, time '09:00', time '12:00', 'Kommunhuset', d::date, d::date + 15,
         '["Ordföranden", "Justerare"]', d::date + 15
  FROM bench_body b, generate_series(date '2016-01-01', date '2025-12-01', interval '1 month') d;

  WITH m AS (
    SELECT id, body_id, body_slug, meeting_date, row_number() OVER (ORDER BY id) AS k
    FROM decisions_meeting WHERE meeting_date BETWEEN date '2016-01-01' AND date '2025-12-31'
  ), g AS (
    SELECT s, (SELECT count(*) FROM m) AS meetings FROM generate_series(0, 19999) s
  ), rows AS (
    SELECT g.s, m.*,
      (ARRAY['Budget för', 'Detaljplan för', 'Förskola i', 'Snöröjning i', 'Bredband till', 'Vägbelysning i', 'Fritidsgård i',
             'Föreningsbidrag i', 'Äldreboende i', 'Skolskjuts från', 'Badplats i', 'Avfallshämtning i'])[1 + g.s % 12] AS sv_subject,
      (ARRAY['Talousarvio:', 'Asemakaava:', 'Esikoulu:', 'Lumenauraus:', 'Laajakaista:', 'Tievalaistus:', 'Nuorisotalo:',
             'Yhdistysavustukset:', 'Vanhainkoti:', 'Koulukyydit:', 'Uimaranta:', 'Jätehuolto:'])[1 + g.s % 12] AS fi_subject,
      (ARRAY['Aapua', 'Haapakylä', 'Hedenäset', 'Hietaniemi', 'Juoksengi', 'Kuivakangas', 'Luppio', 'Niemis', 'Pello',
             'Svanstein', 'Övertorneå'])[1 + (g.s / 12) % 11] AS village
    FROM g JOIN m ON m.k = 1 + g.s % g.meetings
  )
  INSERT INTO decisions_decision (meeting_id, body_id, body_slug, year, paragraph, decided_on, case_number, title, body, category,
                                  gender_status, gender_text, health_status, health_text, child_status, child_text)
  SELECT id, body_id, body_slug, extract(year FROM meeting_date)::int,
         1000 + row_number() OVER (PARTITION BY body_id, extract(year FROM meeting_date) ORDER BY s),
         meeting_date, 'KS ' || extract(year FROM meeting_date)::int || '/' || (1000 + s),
         jsonb_build_object('sv', sv_subject || ' ' || village, 'fi', fi_subject || ' ' || village),
         jsonb_build_object('sv', 'Nämnden beslutar om ' || lower(sv_subject) || ' ' || village
                                  || CASE WHEN s = 12345 THEN ' och Vittikkovuoma naturreservat' ELSE '' END
                                  || '. Förvaltningen får i uppdrag att genomföra beslutet och återrapportera under året.',
                            'fi', 'Lautakunta päättää asiasta ' || fi_subject || ' ' || village || '. Hallinto toteuttaa päätöksen.'),
         (ARRAY['ECONOMY', 'PLANNING_AND_BUILDING', 'SCHOOL_AND_CHILDCARE', 'INFRASTRUCTURE', 'INFRASTRUCTURE', 'INFRASTRUCTURE',
                'CULTURE_AND_LEISURE', 'CULTURE_AND_LEISURE', 'SOCIAL_CARE', 'SCHOOL_AND_CHILDCARE', 'CULTURE_AND_LEISURE', 'INFRASTRUCTURE'])[1 + s % 12],
         (ARRAY['ASSESSED', 'NOT_RELEVANT', 'MISSING'])[1 + s % 3], CASE WHEN s % 3 < 2 THEN 'Bedömning' END,
         (ARRAY['ASSESSED', 'NOT_RELEVANT', 'MISSING'])[1 + (s / 3) % 3], CASE WHEN (s / 3) % 3 < 2 THEN 'Bedömning' END,
         (ARRAY['ASSESSED', 'NOT_RELEVANT', 'MISSING'])[1 + (s / 9) % 3], CASE WHEN (s / 9) % 3 < 2 THEN 'Bedömning' END
  FROM rows;
END $$;
ANALYZE decisions_decision;
ANALYZE decisions_meeting;
SELECT count(*) AS decisions FROM decisions_decision;
