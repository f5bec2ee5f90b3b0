package se.bygdeportalen.platform.files;

import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * An upload the storage refuses, with a message key from {@code files_*.properties} and its
 * arguments so the form can show a localized error at the field. Uncaught, it becomes a 4xx
 * response (413, 415 or 422), or 503 when the storage cannot check the file right now (too many
 * pictures being decoded, the virus scanner unreachable); never a 500.
 */
public class FileRejectedException extends ResponseStatusException {

    public static final String EMPTY = "files.rejected.empty";
    public static final String TOO_LARGE = "files.rejected.tooLarge";
    public static final String TYPE = "files.rejected.type";
    public static final String EXTENSION_MISMATCH = "files.rejected.extensionMismatch";
    public static final String UNREADABLE_IMAGE = "files.rejected.unreadableImage";
    public static final String TOO_MANY_PIXELS = "files.rejected.tooManyPixels";
    public static final String PDF_ACTIVE_CONTENT = "files.rejected.pdfActiveContent";
    public static final String PDF_ENCRYPTED = "files.rejected.pdfEncrypted";
    public static final String UNREADABLE_PDF = "files.rejected.unreadablePdf";
    public static final String BUSY = "files.rejected.busy";
    public static final String VIRUS = "files.rejected.virus";
    public static final String SCANNER_UNAVAILABLE = "files.rejected.scannerUnavailable";
    public static final String TOO_MANY = "files.rejected.tooMany";

    private final String messageKey;
    private final Object[] args;

    FileRejectedException(HttpStatus status, String messageKey, Object... args) {
        super(status, messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    /** The message key, e.g. {@code files.rejected.tooLarge}. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's positional arguments, e.g. the largest size in MB. */
    public Object[] args() {
        return args.clone();
    }

    /** Adds this as the field's error, for {@code FormErrors} to show in the visitor's language. */
    public void rejectValue(Errors errors, String field) {
        errors.rejectValue(field, messageKey, args.clone(), null);
    }

    /** For callers that limit how many files one form takes, e.g. five per proposal. */
    public static FileRejectedException tooMany(int max) {
        return new FileRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, TOO_MANY, max);
    }

    static FileRejectedException empty() {
        return new FileRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, EMPTY);
    }

    static FileRejectedException tooLarge(UploadPolicy policy) {
        return new FileRejectedException(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, policy.maxMegabytes());
    }

    static FileRejectedException type(UploadPolicy policy) {
        return new FileRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, TYPE, policy.allowedFormats());
    }

    /** The name's extension says one format and the content is another, e.g. a PDF named {@code .png}. */
    static FileRejectedException extensionMismatch(String given, FileType detected) {
        return new FileRejectedException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                EXTENSION_MISMATCH,
                given,
                detected.label(),
                detected.extensions().getFirst());
    }

    static FileRejectedException unreadableImage() {
        return new FileRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, UNREADABLE_IMAGE);
    }

    static FileRejectedException tooManyPixels(long maxMegapixels) {
        return new FileRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, TOO_MANY_PIXELS, maxMegapixels);
    }

    static FileRejectedException pdfActiveContent() {
        return new FileRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, PDF_ACTIVE_CONTENT);
    }

    static FileRejectedException pdfEncrypted() {
        return new FileRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, PDF_ENCRYPTED);
    }

    static FileRejectedException unreadablePdf() {
        return new FileRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, UNREADABLE_PDF);
    }

    /** The virus scanner found malware. Which one is logged, not shown. */
    static FileRejectedException virus() {
        return new FileRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, VIRUS);
    }

    /** The virus scanner could not be asked: the upload is refused rather than stored unscanned. */
    static FileRejectedException scannerUnavailable() {
        return new FileRejectedException(HttpStatus.SERVICE_UNAVAILABLE, SCANNER_UNAVAILABLE);
    }

    /** Every picture decoder stayed busy for as long as an upload may wait: try again in a moment. */
    static FileRejectedException busy() {
        return new FileRejectedException(HttpStatus.SERVICE_UNAVAILABLE, BUSY);
    }
}
