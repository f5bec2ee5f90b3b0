-- Seeds ten years of notices for bench/volumes.sh: a meeting notice and an approval of minutes for
-- every bench meeting that decisions-seed.sql made (2016-2025), plus other notices, all taken down
-- long ago, so the archive holds about 5,000 and the board shows what the demo data put up today.
-- Marked by source_module 'bench'; does nothing when they are already there.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM noticeboard_notice WHERE source_module = 'bench') THEN
    RAISE NOTICE 'bench notices already seeded';
    RETURN;
  END IF;
  INSERT INTO noticeboard_notice (kind, source_module, source_ref, title, summary, body_slug, posted_on, event_date,
                                  take_down_on, last_day_to_appeal, path)
  SELECT 'MEETING_NOTICE', 'bench', 'meeting-' || m.id,
         jsonb_build_object('sv', 'Kungörelse: sammanträde ' || m.meeting_date, 'fi', 'Kuulutus: kokous ' || m.meeting_date),
         NULL, m.body_slug, m.meeting_date - 8, m.meeting_date, m.meeting_date + 1, NULL, '/sammantraden/' || m.id
  FROM decisions_meeting m WHERE m.meeting_date BETWEEN date '2016-01-01' AND date '2025-12-31';
  INSERT INTO noticeboard_notice (kind, source_module, source_ref, title, summary, body_slug, posted_on, event_date,
                                  take_down_on, last_day_to_appeal, path)
  SELECT 'MINUTES_APPROVED', 'bench', 'minutes-' || m.id,
         jsonb_build_object('sv', 'Protokoll justerat ' || m.meeting_date, 'fi', 'Pöytäkirja tarkastettu ' || m.meeting_date),
         NULL, m.body_slug, m.meeting_date + 15, m.meeting_date, m.meeting_date + 37, m.meeting_date + 36, '/sammantraden/' || m.id
  FROM decisions_meeting m WHERE m.meeting_date BETWEEN date '2016-01-01' AND date '2025-12-31';
  INSERT INTO noticeboard_notice (kind, source_module, source_ref, title, summary, body_slug, posted_on, event_date,
                                  take_down_on, last_day_to_appeal, path)
  SELECT 'OTHER', 'bench', 'other-' || g,
         jsonb_build_object('sv', (ARRAY['Vägarbete', 'Detaljplan på samråd', 'Valnämndens kungörelse', 'Vattenavstängning'])[1 + g % 4] || ' ' || g),
         jsonb_build_object('sv', 'Anslaget gäller under tre veckor.'), NULL,
         date '2016-01-04' + g * 3, NULL, date '2016-01-04' + g * 3 + 21, NULL, NULL
  FROM generate_series(0, 1199) g;
END $$;
ANALYZE noticeboard_notice;
SELECT count(*) AS bench_notices FROM noticeboard_notice WHERE source_module = 'bench';
