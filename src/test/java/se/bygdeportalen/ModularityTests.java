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

/** The module structure holds: no cycles, no reaching into another module's internals, one manifest each. */
@IntegrationTest
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Autowired
    List<ModuleManifest> manifests;

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresExactlyOneManifest() {
        Map<String, Long> perModule = manifests.stream().collect(Collectors.groupingBy(
                m -> MODULES.getModuleByType(m.getClass()).map(ApplicationModule::getIdentifier).map(Object::toString).orElse("?"),
                Collectors.counting()));
        List<String> moduleNames = MODULES.stream().map(m -> m.getIdentifier().toString()).toList();
        assertThat(perModule.keySet()).containsExactlyInAnyOrderElementsOf(moduleNames);
        assertThat(perModule.values()).allMatch(count -> count == 1);
        for (ModuleManifest manifest : manifests) {
            String module = MODULES.getModuleByType(manifest.getClass()).orElseThrow().getIdentifier().toString();
            assertThat(manifest.id()).as("manifest id of module " + module).isEqualTo(module);
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
