-- Seeds :n bench proposals (default 10,000) into a Bygdeportalen database for bench/proposals.sh.
-- Every row is marked by its proposer e-mail 'bench-…@example.invalid' and case numbers 'BENCH …'
-- with running numbers from 100001, so real or demo proposals are never touched and
-- bench/proposals.sh --clean removes exactly these rows.
\if :{?n}
\else
\set n 10000
\endif
BEGIN;
DELETE FROM proposal WHERE proposer_email LIKE 'bench-%@example.invalid';
WITH src AS (
  SELECT g,
         (ARRAY['sv', 'sv', 'sv', 'fi', 'fit', 'en'])[1 + g % 6] AS lang,
         (ARRAY['PUBLISHED', 'REFERRED', 'ANSWERED', 'ANSWERED', 'SUBMITTED', 'DECLINED', 'WITHDRAWN'])[1 + g % 7] AS status,
         (ARRAY['aapua', 'juoksengi', 'hedenaset', 'svanstein', 'kuivakangas', 'overtornea', 'haapakyla', 'hietaniemi', 'luppio', 'niemis'])[1 + g % 10] AS village,
         (ARRAY['vagar-och-trafik', 'skola-och-barnomsorg', 'omsorg-och-halsa', 'kultur-och-fritid', 'miljo-och-natur',
                'boende-och-planering', 'naringsliv-och-arbete', 'demokrati-och-minoritetssprak', 'ovrigt'])[1 + g % 9] AS category,
         2019 + g % 8 AS year,
         timestamptz '2019-01-15 09:00+01' + (g % 8) * interval '1 year' + (g % 300) * interval '1 day' AS submitted
  FROM generate_series(1, :n) AS g
)
INSERT INTO proposal (status, channel, language, title, body, category, village_slug, proposer_name, proposer_email,
                      submitter_sex, submitter_age_band, case_number, case_year, case_seq, submitted_at, published_at,
                      referred_at, referred_body_slug, deadline, answered_at, answer_decided_on, answer_outcome, answer_text,
                      support_count)
SELECT status, (ARRAY['E_ID', 'E_ID', 'EMAIL', 'PAPER'])[1 + g % 4], lang,
       CASE lang
         WHEN 'fi' THEN (ARRAY['Valaistus kävelytielle', 'Uusi bussikatos', 'Luistinrata kylään', 'Uimarannan kunnostus',
                               'Kirjaston aukioloajat', 'Lumityöt ajoissa'])[1 + (g / 6) % 6] || ' ' || village || ' ' || g
         WHEN 'fit' THEN (ARRAY['Kyltit meänkielelä', 'Valot kävelytiele', 'Luistinrata kyläle', 'Uimaranta kuntoon'])[1 + (g / 6) % 4]
                         || ' ' || village || ' ' || g
         WHEN 'en' THEN (ARRAY['Street lighting on the walking path', 'A new bus shelter', 'Ice rink for the village'])[1 + (g / 6) % 3]
                        || ' ' || village || ' ' || g
         ELSE (ARRAY['Gatlampor längs gångvägen', 'Busskur vid hållplatsen', 'Isbana i byn', 'Badplatsen behöver rustas',
                     'Längre öppettider på biblioteket', 'Snöröjning före klockan sju', 'Skyltar på meänkieli'])[1 + (g / 6) % 7]
              || ' ' || village || ' ' || g
       END,
       repeat(CASE lang
         WHEN 'fi' THEN 'Kävelytie on talvella pimeä ja liukas. Ehdotan, että kunta asentaa katuvaloja ja hoitaa lumityöt ajoissa. '
         WHEN 'fit' THEN 'Kylän tiet oon talvela pimeät. Met ehotama ette kunta laittaa valot ja kyltit meänkielelä. '
         WHEN 'en' THEN 'The path is dark in winter. I propose that the municipality puts up lighting before next winter. '
         ELSE 'Gångvägen mellan skolan och affären är mörk på vintern. Jag föreslår att kommunen sätter upp gatlampor och röjer snö tidigt. '
       END, 1 + g % 4),
       category, village, 'Bench Förslagsställare ' || g, 'bench-' || g || '@example.invalid',
       (ARRAY['FEMALE', 'MALE', NULL])[1 + g % 3], (ARRAY['0-17', '18-34', '35-64', '65+'])[1 + g % 4],
       'BENCH ' || year || '/' || (100000 + g), year, 100000 + g, submitted,
       CASE WHEN status IN ('PUBLISHED', 'REFERRED', 'ANSWERED', 'WITHDRAWN') THEN submitted + interval '5 days' END,
       CASE WHEN status IN ('REFERRED', 'ANSWERED') THEN submitted + interval '30 days' END,
       CASE WHEN status IN ('REFERRED', 'ANSWERED') THEN 'kommunstyrelsen' END,
       (submitted + interval '1 year')::date,
       CASE WHEN status = 'ANSWERED' THEN submitted + (40 + g % 400) * interval '1 day' END,
       CASE WHEN status = 'ANSWERED' THEN (submitted + (40 + g % 400) * interval '1 day')::date END,
       CASE WHEN status = 'ANSWERED' THEN (ARRAY['APPROVED', 'REJECTED', 'ANSWERED'])[1 + g % 3] END,
       CASE WHEN status = 'ANSWERED' THEN 'Kommunstyrelsen har behandlat förslaget och beslutat i ärendet.' END,
       CASE WHEN status IN ('PUBLISHED', 'REFERRED', 'ANSWERED') THEN g % 60 ELSE 0 END
FROM src;
COMMIT;
ANALYZE proposal;
SELECT count(*) AS bench_proposals, count(*) FILTER (WHERE published_at IS NOT NULL AND NOT hidden
       AND status IN ('PUBLISHED', 'REFERRED', 'ANSWERED')) AS public
FROM proposal WHERE proposer_email LIKE 'bench-%@example.invalid';
