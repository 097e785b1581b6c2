package org.claimrecovery.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimrecovery.support.TestUsers.*;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.claimrecovery.support.Api;
import org.claimrecovery.support.Claims;
import org.claimrecovery.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Comments and attachments on a task are part of its work: those who may work or assign the task add, change and
 * delete them; an auditor, who reads every task, adds none. Camunda 7.24 itself checks nothing when one is added.
 */
@IntegrationTest
class TaskNotesIT {

  @Autowired Api api;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  @AfterEach
  void nobody() {
    identity.clearAuthentication();
  }

  @Test
  void anAuditorAddsNoCommentAndNoAttachment() {
    var review = review("NOTES-1");

    var comment = api.post(AUDITOR, "/engine-rest/task/" + review.id() + "/comment/create",
        "{\"message\": \"Looks fine to me\"}");
    assertThat(comment.status()).isEqualTo(400);

    as(AUDITOR, "auditors");
    assertThatThrownBy(() -> tasks.createAttachment("note", review.id(), null, "memo", "by an auditor",
        "https://example.org/memo")).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> tasks.createComment(null, review.processInstanceId(), "on the case"))
        .isInstanceOf(AuthorizationException.class);
    identity.clearAuthentication();
    assertThat(tasks.getTaskComments(review.id())).isEmpty();
    assertThat(tasks.getProcessInstanceComments(review.processInstanceId())).isEmpty();
    assertThat(tasks.getTaskAttachments(review.id())).isEmpty();
  }

  @Test
  void whoeverWorksOrAssignsTheTaskCommentsOnIt() {
    var review = review("NOTES-2");

    assertThat(api.post(SPECIALIST, "/engine-rest/task/" + review.id() + "/comment/create",
        "{\"message\": \"Asked the payer for the EOB\"}").status()).isEqualTo(200);
    // a supervisor does not work a specialist's task, but assigns it, and may leave a word on it
    assertThat(api.post(SUPERVISOR, "/engine-rest/task/" + review.id() + "/comment/create",
        "{\"message\": \"Please finish by Friday\"}").status()).isEqualTo(200);
    assertThat(tasks.getTaskComments(review.id())).hasSize(2);
  }

  @Test
  void anAttachmentIsChangedOrDeletedOnlyByThoseWhoMayAddIt() {
    var review = review("NOTES-3");
    as(SPECIALIST, "billing-specialists");
    var attachment = tasks.createAttachment("note", review.id(), null, "call notes", "", "https://example.org/n");

    as(AUDITOR, "auditors");
    assertThatThrownBy(() -> tasks.deleteTaskAttachment(review.id(), attachment.getId()))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> tasks.deleteAttachment(attachment.getId())).isInstanceOf(AuthorizationException.class);
    as(SUPERVISOR, "billing-supervisors");
    tasks.deleteTaskAttachment(review.id(), attachment.getId());
    identity.clearAuthentication();
    assertThat(tasks.getTaskAttachments(review.id())).isEmpty();
  }

  private record Review(String id, String processInstanceId) {}

  private Review review(String claimNumber) {
    var created = api.post(INTEGRATION, "/api/claims", Claims.nsaClaim(claimNumber, "2026-06-01"));
    assertThat(created.status()).isEqualTo(201);
    String processInstanceId = created.body().get("processInstanceId").asText();
    return new Review(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(),
        processInstanceId);
  }

  private void as(String user, String group) {
    identity.setAuthentication(user, List.of(group));
  }
}
