package se.bygdeportalen.proposals.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.organisation.Village;
import se.bygdeportalen.platform.files.FileRejectedException;
import se.bygdeportalen.platform.files.FileStorage;
import se.bygdeportalen.platform.files.StoredFile;
import se.bygdeportalen.platform.files.UploadPolicy;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.usecase.Violations;

/** Rules shared by every way of writing a proposal: language, category, village, text and attachments. */
@Component
public class ProposalContent {

    private final Organisation organisation;
    private final FileStorage files;
    private final ProposalRepository repository;
    private final ProposalsProperties properties;

    ProposalContent(
            Organisation organisation,
            FileStorage files,
            ProposalRepository repository,
            ProposalsProperties properties) {
        this.organisation = organisation;
        this.files = files;
        this.repository = repository;
        this.properties = properties;
    }

    /** The chosen language; {@code language.NotNull} when missing or unknown. */
    public @Nullable Lang language(@Nullable Lang lang, Violations violations) {
        if (lang == null) {
            violations.reject("language", "NotNull");
        }
        return lang;
    }

    /** The language of a language code as a form sends it; null when missing or unknown. */
    public static @Nullable Lang languageOf(@Nullable String code) {
        return code == null
                ? null
                : Lang.fromCode(code.strip())
                        .filter(l -> l.code().equals(code.strip()))
                        .orElse(null);
    }

    /** The category slug or null; {@code category.invalid} for an unknown one. */
    public @Nullable String category(@Nullable String slug, Violations violations) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        if (ProposalCategory.fromSlug(slug.strip()).isEmpty()) {
            violations.reject("category", "invalid");
            return null;
        }
        return slug.strip();
    }

    /** The village slug or null; {@code village.invalid} for one the municipality does not have. */
    public @Nullable String village(@Nullable String slug, Violations violations) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        Set<String> known = organisation.villages().stream().map(Village::slug).collect(Collectors.toSet());
        if (!known.contains(slug.strip())) {
            violations.reject("village", "invalid");
            return null;
        }
        return slug.strip();
    }

    /** Text with Windows line ends made plain and surrounding space removed. */
    @Contract("!null -> !null")
    public static @Nullable String text(@Nullable String s) {
        return s == null ? null : s.replace("\r\n", "\n").strip();
    }

    public static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Uploads that were actually chosen (browsers send an empty part for an empty file input). */
    public static List<MultipartFile> chosen(@Nullable List<MultipartFile> uploads) {
        return uploads == null
                ? List.of()
                : uploads.stream()
                        .filter(f -> f != null
                                && !(f.isEmpty()
                                        && (f.getOriginalFilename() == null
                                                || f.getOriginalFilename().isBlank())))
                        .toList();
    }

    /**
     * Checks the number of attachments before anything is stored: {@code attachments.files.rejected.tooMany}.
     */
    public boolean checkCount(long proposalId, @Nullable List<MultipartFile> uploads, Violations violations) {
        int existing = proposalId > 0 ? repository.attachmentCount(proposalId) : 0;
        if (existing + chosen(uploads).size() > properties.maxAttachments()) {
            FileRejectedException tooMany = FileRejectedException.tooMany(properties.maxAttachments());
            violations.reject("attachments", tooMany.messageKey(), tooMany.args());
            return false;
        }
        return true;
    }

    /**
     * Stores the uploads and links them to the proposal. A rejected file becomes a field error and the
     * caller's transaction must roll back (the files stored before it go with it).
     *
     * @return the rejection, or null when every file was stored
     */
    public @Nullable FileRejectedException store(
            long proposalId, @Nullable List<MultipartFile> uploads, Violations violations) {
        for (MultipartFile upload : chosen(uploads)) {
            try {
                StoredFile stored = files.store(upload, UploadPolicy.IMAGES_AND_PDF_10_MB);
                repository.addAttachment(
                        proposalId, stored.id(), stored.originalName(), stored.contentType(), stored.sizeBytes());
            } catch (FileRejectedException e) {
                violations.reject("attachments", e.messageKey(), e.args());
                return e;
            }
        }
        return null;
    }

    public void deleteFile(ProposalAttachment attachment) {
        repository.removeAttachment(attachment.id());
        files.delete(attachment.fileId());
    }
}
