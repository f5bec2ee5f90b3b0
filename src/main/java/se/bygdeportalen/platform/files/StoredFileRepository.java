package se.bygdeportalen.platform.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for stored files' metadata. */
@Repository
class StoredFileRepository {

    private static final String COLUMNS =
            "id, original_name, content_type, size_bytes, sha256, width, height, created_at";

    private final JdbcClient jdbc;

    StoredFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredFile insert(
            UUID id,
            String originalName,
            String contentType,
            long sizeBytes,
            String sha256,
            @Nullable Integer width,
            @Nullable Integer height) {
        return jdbc.sql("""
                INSERT INTO stored_file (id, original_name, content_type, size_bytes, sha256, width, height)
                VALUES (:id, :name, :type, :size, :sha256, :width, :height)
                RETURNING %s
                """.formatted(COLUMNS))
                .param("id", id)
                .param("name", originalName)
                .param("type", contentType)
                .param("size", sizeBytes)
                .param("sha256", sha256)
                .param("width", width)
                .param("height", height)
                .query(StoredFileRepository::map)
                .single();
    }

    Optional<StoredFile> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stored_file WHERE id = :id")
                .param("id", id)
                .query(StoredFileRepository::map)
                .optional();
    }

    int delete(UUID id) {
        return jdbc.sql("DELETE FROM stored_file WHERE id = :id")
                .param("id", id)
                .update();
    }

    private static StoredFile map(ResultSet rs, int row) throws SQLException {
        return new StoredFile(
                rs.getObject("id", UUID.class),
                rs.getString("original_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getObject("width", Integer.class),
                rs.getObject("height", Integer.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
