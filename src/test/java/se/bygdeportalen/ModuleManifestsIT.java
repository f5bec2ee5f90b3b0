package se.bygdeportalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModule;
import se.bygdeportalen.platform.manifest.ModuleManifest;
import se.bygdeportalen.test.IntegrationTest;

/** One manifest per capability, as the application actually registers them. */
@IntegrationTest
class ModuleManifestsIT {

    private static final org.springframework.modulith.core.ApplicationModules MODULES = ModularityTests.MODULES;

    @Autowired
    List<ModuleManifest> manifests;

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
}
