package cn.xianfeng.cobuild;

import cn.xianfeng.shared.security.MemberCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mp/applications")
class MpApplicationController {

    private final ApplicationService applications;

    MpApplicationController(ApplicationService applications) {
        this.applications = applications;
    }

    /** 201 for a new draft; 200 with the same draft when a retry carries the same clientId. */
    @PostMapping
    ResponseEntity<ApplicationView> create(MemberCaller caller, @Valid @RequestBody ApplicationForm form) {
        ApplicationService.Created result = applications.create(caller.userId(), form);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.view());
    }

    @GetMapping
    PageResponse<ApplicationSummary> list(MemberCaller caller, @Valid PageQuery page) {
        return applications.list(caller.userId(), page);
    }

    @GetMapping("/{id}")
    ApplicationView get(MemberCaller caller, @PathVariable long id) {
        return applications.get(caller.userId(), id);
    }

    @PutMapping("/{id}")
    ApplicationView update(MemberCaller caller, @PathVariable long id, @Valid @RequestBody ApplicationForm form) {
        return applications.update(caller.userId(), id, form);
    }

    /** Drafts only (409 once submitted); someone else's or a deleted one is 404, a retried delete included. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(MemberCaller caller, @PathVariable long id) {
        applications.deleteDraft(caller.userId(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    ApplicationView submit(MemberCaller caller, @PathVariable long id) {
        return applications.submit(caller.userId(), id);
    }

    @PostMapping("/{id}/withdraw")
    ApplicationView withdraw(MemberCaller caller, @PathVariable long id) {
        return applications.withdraw(caller.userId(), id);
    }
}
