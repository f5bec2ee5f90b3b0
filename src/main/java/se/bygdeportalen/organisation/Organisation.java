package se.bygdeportalen.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.bygdeportalen.platform.i18n.TranslatableText;

/** The module's published API: other modules read bodies and villages here, never from the tables. */
@Component
public class Organisation {

    private final JdbcClient jdbc;

    Organisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active bodies, council first, then by their set order. */
    public List<Body> bodies() {
        return jdbc.sql("""
                SELECT * FROM organisation_body WHERE active
                ORDER BY array_position(ARRAY['COUNCIL','EXECUTIVE_BOARD','COMMITTEE','WORKING_GROUP'], kind), sort, id
                """).query((rs, n) -> new Body(rs.getLong("id"), rs.getString("slug"), Body.Kind.valueOf(rs.getString("kind")),
                TranslatableText.fromJson(rs.getString("name")), rs.getObject("parent_id", Long.class), rs.getBoolean("active"))).list();
    }

    public Optional<Body> body(String slug) {
        return bodies().stream().filter(b -> b.slug().equals(slug)).findFirst();
    }

    /** Villages in alphabetical order of their Swedish names (Swedish collation: å, ä, ö last). */
    public List<Village> villages() {
        return jdbc.sql("SELECT * FROM organisation_village")
                .query((rs, n) -> new Village(rs.getLong("id"), rs.getString("slug"), TranslatableText.fromJson(rs.getString("name"))))
                .list().stream().sorted(java.util.Comparator.comparing(v -> v.name().raw(se.bygdeportalen.platform.i18n.Lang.SV),
                        java.text.Collator.getInstance(se.bygdeportalen.platform.i18n.Lang.SV.formatLocale()))).toList();
    }

    long addBody(String slug, Body.Kind kind, TranslatableText name, Long parentId, int sort) {
        return jdbc.sql("INSERT INTO organisation_body (slug, kind, name, parent_id, sort) VALUES (:s, :k, CAST(:n AS jsonb), :p, :o) RETURNING id")
                .param("s", slug).param("k", kind.name()).param("n", name.toJson()).param("p", parentId).param("o", sort)
                .query(Long.class).single();
    }

    long addVillage(String slug, TranslatableText name) {
        return jdbc.sql("INSERT INTO organisation_village (slug, name) VALUES (:s, CAST(:n AS jsonb)) RETURNING id")
                .param("s", slug).param("n", name.toJson()).query(Long.class).single();
    }
}
