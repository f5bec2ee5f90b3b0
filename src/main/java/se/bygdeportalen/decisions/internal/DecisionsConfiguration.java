package se.bygdeportalen.decisions.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the module's own settings ({@link DecisionsProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DecisionsProperties.class)
class DecisionsConfiguration {}
