package se.bygdeportalen.platform.demo;

/**
 * A module's demo data, loaded once into a demo installation. Lower {@link #order()} loads first,
 * so a module can rely on the data of modules it depends on.
 */
public interface DemoData {

    /** The module it belongs to; each module's data is loaded once and remembered. */
    String module();

    default int order() {
        return 100;
    }

    /** Inserts the data through the module's own use cases or repositories; runs in one transaction. */
    void load(DemoContext context);
}
