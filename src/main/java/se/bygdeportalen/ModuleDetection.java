package se.bygdeportalen;

import java.util.stream.Stream;
import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.JavaPackage;

/**
 * Which packages are application modules: every capability directly below the root package, and
 * every part of the shared core directly below {@code platform}. The platform parts are top-level
 * modules, not modules nested in one platform module, because capabilities use their published API
 * and Spring Modulith hides nested modules from everything outside their parent.
 */
public class ModuleDetection implements ApplicationModuleDetectionStrategy {

    static final String PLATFORM = "platform";

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage basePackage) {
        return basePackage.getDirectSubPackages().stream()
                .flatMap(pkg ->
                        pkg.getLocalName().equals(PLATFORM) ? pkg.getDirectSubPackages().stream() : Stream.of(pkg));
    }
}
