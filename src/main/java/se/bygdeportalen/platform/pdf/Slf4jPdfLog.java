package se.bygdeportalen.platform.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J (so it is structured like every other line and filtered by
 * level) instead of its own console handler. Its INFO lines describe each rendering step and go to
 * DEBUG; warnings and errors stay what they are.
 */
final class Slf4jPdfLog implements XRLogger {

    private static Logger logger(String where) {
        return LoggerFactory.getLogger("com.openhtmltopdf." + where);
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, @Nullable Throwable th) {
        Logger log = logger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            log.error(msg, th);
        } else if (value >= Level.WARNING.intValue()) {
            log.warn(msg, th);
        } else if (value >= Level.INFO.intValue()) {
            log.debug(msg, th);
        } else {
            log.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // Levels are SLF4J's (logging.level.com.openhtmltopdf=...), not set from here.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger log = logger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue()
                ? log.isWarnEnabled()
                : value >= Level.INFO.intValue() ? log.isDebugEnabled() : log.isTraceEnabled();
    }
}
