package se.bygdeportalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import se.bygdeportalen.platform.manifest.ModuleManifest;
import se.bygdeportalen.test.IntegrationTest;

/** The module structure holds: no cycles, no reaching into another module's internals, one manifest per capability. */
@IntegrationTest
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Autowired
    List<ModuleManifest> manifests;

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Every capability declares exactly one manifest, named after its module. The platform's modules
     * contribute through one manifest, "platform" (its staff pages, audit actions and personal data),
     * declared by the identity module; the other platform modules contribute nothing and have none.
     */
    @Test
    void everyCapabilityDeclaresExactlyOneManifestAndThePlatformOne() {
        Map<String, List<String>> idsPerModule = manifests.stream()
                .collect(Collectors.groupingBy(
                        m -> MODULES.getModuleByType(m.getClass())
                                .map(ApplicationModule::getIdentifier)
                                .map(Object::toString)
                                .orElse("?"),
                        Collectors.mapping(ModuleManifest::id, Collectors.toList())));
        List<String> capabilities = MODULES.stream()
                .map(m -> m.getIdentifier().toString())
                .filter(id -> !id.startsWith("platform."))
                .toList();
        assertThat(capabilities)
                .containsExactlyInAnyOrder("decisions", "noticeboard", "organisation", "proposals", "site");
        for (String capability : capabilities) {
            assertThat(idsPerModule.get(capability))
                    .as("manifests of " + capability)
                    .containsExactly(capability);
        }
        assertThat(idsPerModule)
                .containsOnlyKeys(java.util.stream.Stream.concat(
                                capabilities.stream(), java.util.stream.Stream.of("platform.identity"))
                        .toList());
        assertThat(idsPerModule.get("platform.identity")).containsExactly("platform");
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
