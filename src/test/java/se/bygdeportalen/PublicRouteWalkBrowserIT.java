package se.bygdeportalen;

import org.junit.jupiter.api.Test;
import se.bygdeportalen.test.Browser;

/** The public pages, as a visitor and as a signed-in resident, in every language (see {@link RouteWalk}). */
class PublicRouteWalkBrowserIT extends RouteWalk {

    @Test
    void everyPublicPageIsReachableValidAndPassesAxeInEveryLanguage(Browser browser) throws Exception {
        walkAndCheck(browser, false);
    }
}
