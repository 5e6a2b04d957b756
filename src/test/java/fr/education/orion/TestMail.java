package fr.education.orion;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a free loopback port, that the application
 * under test sends its e-mails to: registered for every test context (META-INF/spring.factories),
 * so the context shared by {@link OrionIT} tests stays one. Tests read the messages and follow
 * their links.
 */
public final class TestMail implements ContextCustomizerFactory {

  private static final GreenMail SERVEUR = demarrer();
  private static final Pattern LIEN = Pattern.compile("https?://\\S+");

  /** The text of the newest message sent to {@code destinataire}, waiting up to ten seconds. */
  public static String dernierMessage(String destinataire) {
    long fin = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < fin) {
      List<MimeMessage> messages =
          Arrays.stream(SERVEUR.getReceivedMessages())
              .filter(message -> destinataire(message).equalsIgnoreCase(destinataire))
              .toList();
      if (!messages.isEmpty()) {
        return texte(messages.get(messages.size() - 1));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("Aucun e-mail reçu pour " + destinataire);
  }

  /** How many messages {@code destinataire} received. */
  public static long nombreDeMessages(String destinataire) {
    return Arrays.stream(SERVEUR.getReceivedMessages())
        .filter(message -> destinataire(message).equalsIgnoreCase(destinataire))
        .count();
  }

  /** The path and query of the first link of a message, to open on the Orion under test. */
  public static String lien(String texte) {
    Matcher lien = LIEN.matcher(texte);
    if (!lien.find()) {
      throw new AssertionError("Pas de lien dans : " + texte);
    }
    return lien.group().replaceFirst("^https?://[^/]+", "");
  }

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    return new Personnalisation();
  }

  /** Points the application's SMTP settings at the server; equal for all, to share the context. */
  private record Personnalisation() implements ContextCustomizer {
    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      TestPropertyValues.of(
              "spring.mail.host=127.0.0.1", "spring.mail.port=" + SERVEUR.getSmtp().getPort())
          .applyTo(context);
    }
  }

  private static GreenMail demarrer() {
    int port;
    try (ServerSocket libre = new ServerSocket(0)) {
      port = libre.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GreenMail serveur =
        new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    serveur.start();
    return serveur;
  }

  private static String destinataire(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String texte(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (jakarta.mail.MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
