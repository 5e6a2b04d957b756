package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** What a user reads when a code they typed is malformed: a 400 answer and its French detail. */
final class Probleme {

  private Probleme() {}

  static AbstractStringAssert<?> detailDe(ThrowingCallable saisie) {
    return assertThatThrownBy(saisie)
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.getStatusCode())
                    .isEqualTo(HttpStatus.BAD_REQUEST))
        .extracting(e -> ((ErrorResponseException) e).getBody().getDetail())
        .asString();
  }
}
