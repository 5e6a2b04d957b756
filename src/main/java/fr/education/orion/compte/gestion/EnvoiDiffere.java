package fr.education.orion.compte.gestion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs after the answer what an anonymous request makes Orion do by e-mail (a new-password link, a
 * new activation link): the answer then takes the same time whether the account exists or not, and
 * a slow or failing SMTP server is never shown to the visitor. The notice of a changed password
 * ({@link AvisMotDePasseModifie}) leaves the same way, for the latter reason. Two threads and a
 * bounded queue, so that a flood of requests cannot pile up work without end; a task refused or
 * failing is logged. Tasks still queued at shutdown are finished, for ten seconds at most.
 */
@Component
class EnvoiDiffere implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EnvoiDiffere.class);

  private final ThreadPoolTaskExecutor executeur = new ThreadPoolTaskExecutor();

  EnvoiDiffere() {
    executeur.setCorePoolSize(2);
    executeur.setMaxPoolSize(2);
    executeur.setQueueCapacity(1000);
    executeur.setAllowCoreThreadTimeOut(true);
    executeur.setThreadNamePrefix("envoi-compte-");
    executeur.setWaitForTasksToCompleteOnShutdown(true);
    executeur.setAwaitTerminationSeconds(10);
    executeur.initialize();
  }

  /** Runs {@code tache} later, on another thread; {@code quoi} names it in the log. */
  void executer(String quoi, Runnable tache) {
    try {
      executeur.execute(
          () -> {
            try {
              tache.run();
            } catch (RuntimeException e) {
              log.error("{} : échec", quoi, e);
            }
          });
    } catch (TaskRejectedException e) {
      log.error("{} : abandonné, trop d'envois en attente", quoi);
    }
  }

  @Override
  public void destroy() {
    executeur.shutdown();
  }
}
