package se.bygdeportalen;

import org.junit.jupiter.api.Test;
import se.bygdeportalen.test.Browser;

/** The staff pages, as a staff member with every role, in every staff language (see {@link RouteWalk}). */
class StaffRouteWalkBrowserIT extends RouteWalk {

    @Test
    void everyStaffPageIsReachableValidAndPassesAxeInEveryLanguage(Browser browser) throws Exception {
        walkAndCheck(browser, true);
    }
}
