package se.bygdeportalen.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The list envelope as JSON, its next link, and bad paging parameters as 400 problems, through Spring MVC. */
class ListEnvelopeTest {

    record Item(long id, String name) {}

    /** A list of ids 1..7, newest (highest) first, paged by id, filtered by a text that may need encoding. */
    @RestController
    static class Items {

        static final List<Item> ALL = List.of(
                new Item(7, "g"),
                new Item(6, "f"),
                new Item(5, "e"),
                new Item(4, "d"),
                new Item(3, "c"),
                new Item(2, "b"),
                new Item(1, "a"));

        @GetMapping("/api/v1/items")
        ListEnvelope<Item> list(
                @RequestParam(required = false) String q,
                @RequestParam(required = false) String limit,
                @RequestParam(required = false) String cursor) {
            KeysetRequest request = KeysetRequest.parse("/api/v1/items", limit, cursor, new PageLimits(3, 5), "q", q);
            long after = request.firstPage() ? Long.MAX_VALUE : request.after().id();
            List<Item> rows = ALL.stream()
                    .filter(i -> i.id() < after)
                    .limit(request.fetchSize())
                    .toList();
            return ListEnvelope.of(request.page(rows, i -> Position.ofId(i.id())), "https://example.se");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Items())
            .setControllerAdvice(new ApiProblemAdvice())
            .build();

    @Test
    void followingNextWalksTheWholeListOnceAndEndsWithNull() throws Exception {
        String body = mvc.perform(get("/api/v1/items").param("q", "Kultur & fritid"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(7, 6, 5)))
                .andExpect(jsonPath("$.limit").value(3))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String next = JsonMapper.builder().build().readTree(body).get("next").asString();
        assertThat(next).startsWith("https://example.se/api/v1/items?q=Kultur%20%26%20fritid&limit=3&cursor=");

        URI second = URI.create(next);
        String body2 = mvc.perform(get(second))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(4, 3, 2)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        URI third = URI.create(
                JsonMapper.builder().build().readTree(body2).get("next").asString());
        mvc.perform(get(third))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath("$.next").value(org.hamcrest.Matchers.nullValue()));
        assertThat(UriComponentsBuilder.fromUri(second).build().getQueryParams().getFirst("q"))
                .isEqualTo("Kultur%20%26%20fritid");
    }

    @Test
    void aLimitAboveTheMaximumGetsTheMaximumAndSaysSo() throws Exception {
        mvc.perform(get("/api/v1/items").param("limit", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.limit").value(5))
                .andExpect(jsonPath("$.items.length()").value(5));
    }

    @Test
    void aBadCursorIsA400ProblemNotA500() throws Exception {
        mvc.perform(get("/api/v1/items").param("cursor", "bm90LWEtY3Vyc29y.AAAA"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value("cursor"))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("Start again from the first page")));
    }

    @Test
    void aCursorFromOtherFiltersIsA400() throws Exception {
        String next = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/api/v1/items").param("q", "a"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("next")
                .asString();
        String cursor = UriComponentsBuilder.fromUriString(next)
                .build()
                .getQueryParams()
                .getFirst("cursor");
        mvc.perform(get("/api/v1/items").param("q", "b").param("cursor", cursor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("cursor"));
    }

    @Test
    void aBadLimitIsA400Problem() throws Exception {
        mvc.perform(get("/api/v1/items").param("limit", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("limit"))
                .andExpect(jsonPath("$.detail").value("The limit is a whole number from 1 to 5."));
    }
}
