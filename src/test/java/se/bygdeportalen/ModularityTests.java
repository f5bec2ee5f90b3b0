package se.bygdeportalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds: no cycles, no reaching into another module's internals (a unit test: no application starts). */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /** The platform is split into closed modules, not one open module; verify() above checks they form no cycle. */
    @Test
    void thePlatformIsSplitIntoClosedModules() {
        List<String> platformModules = MODULES.stream()
                .map(m -> m.getIdentifier().toString())
                .filter(id -> id.startsWith("platform."))
                .toList();
        assertThat(platformModules)
                .contains(
                        "platform.i18n",
                        "platform.security",
                        "platform.usecase",
                        "platform.web",
                        "platform.identity",
                        "platform.audit",
                        "platform.mail",
                        "platform.files",
                        "platform.manifest");
        assertThat(MODULES.stream()).noneMatch(m -> m.getIdentifier().toString().equals("platform"));
        assertThat(MODULES.stream()).noneMatch(ApplicationModule::isOpen);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
