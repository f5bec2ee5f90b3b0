package se.bygdeportalen.noticeboard;

import java.util.List;
import java.util.Map;

/** Staff forms of the notice board; every field is text (ADR 0002). */
public final class NoticeForms {

    private NoticeForms() {
    }

    public record OtherNoticeForm(Map<String, String> title, Map<String, String> summary, String bodySlug, String postedOn,
                                  String lastDay, String path) {
        static final List<String> FIELDS = List.of("title[sv]", "summary[sv]", "bodySlug", "postedOn", "lastDay", "path");

        static OtherNoticeForm empty(String today) {
            return new OtherNoticeForm(null, null, "", today, "", "");
        }
    }

    public record WithdrawForm(String reason) {
        static final List<String> FIELDS = List.of("reason");
    }
}
