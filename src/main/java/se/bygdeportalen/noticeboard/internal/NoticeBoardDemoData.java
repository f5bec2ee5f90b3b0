package se.bygdeportalen.noticeboard.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Component;
import se.bygdeportalen.noticeboard.Kind;
import se.bygdeportalen.noticeboard.NewNotice;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.platform.demo.DemoContext;
import se.bygdeportalen.platform.demo.DemoData;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.TranslatableText;

/**
 * A staff notice of a public consultation and an older, taken-down one, so the board and its
 * archive show something even before meetings and minutes are posted by the decisions module.
 */
@Component
class NoticeBoardDemoData implements DemoData {

    private final NoticeBoard board;

    NoticeBoardDemoData(NoticeBoard board) {
        this.board = board;
    }

    @Override
    public String module() {
        return "noticeboard";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(DemoContext context) {
        LocalDate today = LocalDate.now(context.clock().withZone(DateFormats.ZONE));
        board.post(new NewNotice(
                Kind.OTHER,
                "noticeboard",
                "demo-samrad-oversiktsplan",
                TranslatableText.of(
                        "Samråd om ny översiktsplan för Övertorneå kommun",
                        "Kuuleminen Ylitornion kunnan uudesta yleiskaavasta",
                        "Kuuleminen Matarengin kunnan uuesta yleisplaanista",
                        "Consultation on a new comprehensive plan for Övertorneå"),
                TranslatableText.of(
                        "Förslaget till ny översiktsplan finns att läsa i kommunhuset och på biblioteket i Övertorneå. Lämna dina synpunkter skriftligt till kommunen senast sista dagen för samrådet.",
                        "Uuden yleiskaavan ehdotus on luettavissa kunnantalolla ja Ylitornion kirjastossa. Anna mielipiteesi kirjallisesti kunnalle viimeistään kuulemisen viimeisenä päivänä.",
                        "Uuen yleisplaanin ehotus oon luettavana kunnantalossa ja Matarengin pipliuteekissa. Anna sinun mielipitheet kirjalisesti kunthaan viimistään kuulemisen viimisenä päivänä.",
                        "The proposed comprehensive plan can be read at the municipal office and the library in Övertorneå. Send your views in writing to the municipality by the last day of the consultation."),
                "kommunstyrelsen",
                today.minusDays(10),
                today.plusDays(35),
                null));
        LocalDate earlier = today.minusMonths(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        board.post(new NewNotice(
                Kind.OTHER,
                "noticeboard",
                "demo-vagbelysning-juoksengi",
                TranslatableText.of(
                        "Kungörelse: vägbelysningen i Juoksengi släcks för byte av armaturer",
                        "Kuulutus: Juoksengin tievalaistus sammutetaan valaisimien vaihdon ajaksi",
                        "Kuulutus: Juoksengin tievalaistus sammutethaan lamppuitten vaihon aijaksi",
                        "Notice: street lighting in Juoksengi switched off while fittings are replaced"),
                null,
                "kommunstyrelsen",
                earlier,
                earlier.plusDays(14),
                null));
    }
}
