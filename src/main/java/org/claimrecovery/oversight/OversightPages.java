package org.claimrecovery.oversight;

import java.util.List;
import org.claimrecovery.engine.Groups;
import org.claimrecovery.web.CurrentUser;
import org.claimrecovery.web.ProductApiAccess;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The home page and the supervisors' pages. The home page links what a signed-in person may use, by their groups:
 * a link their groups may not follow is not shown (the API and the webapps refuse it anyway).
 */
@RestController
class OversightPages {

  private final CurrentUser currentUser;
  private final ProductApiAccess access;

  OversightPages(CurrentUser currentUser, ProductApiAccess access) {
    this.currentUser = currentUser;
    this.access = access;
  }

  private record Link(String href, String title, String what, List<String> groups) {}

  @GetMapping("/")
  ResponseEntity<String> home() {
    List<String> groups = currentUser.groups();
    var links = List.of(
        new Link("/camunda/app/tasklist/", "Tasklist", "work and read case tasks",
            List.of(Groups.SPECIALISTS, Groups.SUPERVISORS, Groups.AUDITORS, Groups.ADMINS)),
        new Link("/camunda/app/cockpit/", "Cockpit", "running cases, incidents, decisions, deployments",
            List.of(Groups.SUPERVISORS, Groups.AUDITORS, Groups.PROCESS_OWNERS, Groups.ADMINS)),
        new Link("/camunda/app/admin/", "Admin", "users, groups and authorizations", List.of(Groups.ADMINS)),
        new Link("/calendar", "Deadline calendar", "every open statutory deadline, at risk and missed marked",
            access.claimReaderGroups()),
        new Link("/outcomes", "Outcomes", "what the program recovers, as charts", access.outcomeReaderGroups()),
        new Link("/audit", "Audit search", "find a case; its history, path taken and case file",
            access.claimReaderGroups()));
    var page = new StringBuilder("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Claim Recovery</title>
        <link rel="stylesheet" href="/oversight/oversight.css"></head><body><h1>Claim Recovery</h1>
        <p class="quiet">Signed in as\s""").append(HtmlUtils.htmlEscape(currentUser.id())).append("</p><ul id=\"links\">");
    int shown = 0;
    for (Link link : links) {
      if (groups.stream().anyMatch(link.groups()::contains)) {
        page.append("<li><a href=\"").append(link.href()).append("\">").append(link.title()).append("</a> <span")
            .append(" class=\"quiet\">").append(link.what()).append("</span></li>");
        shown++;
      }
    }
    page.append("</ul>");
    if (shown == 0) {
      page.append("<p>Your account is in none of the groups of this service; ask an administrator.</p>");
    }
    return Pages.html(page.append("</body></html>").toString());
  }

  @GetMapping("/calendar")
  ResponseEntity<String> calendar() {
    return Pages.page("calendar");
  }

  @GetMapping("/outcomes")
  ResponseEntity<String> outcomes() {
    currentUser.requireAnyGroup(access.outcomeReaderGroups());
    return Pages.page("outcomes");
  }
}
