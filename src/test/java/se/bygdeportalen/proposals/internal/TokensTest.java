package se.bygdeportalen.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void tokensHaveOneShape() {
        String token = Tokens.random();
        assertThat(Tokens.wellFormed(token)).isTrue();
        assertThat(Tokens.wellFormed(token + "x")).isFalse();
        assertThat(Tokens.hash(token)).hasSize(64).isNotEqualTo(Tokens.hash(Tokens.random()));
    }
}
