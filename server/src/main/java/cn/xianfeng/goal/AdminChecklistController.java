package cn.xianfeng.goal;

import cn.xianfeng.shared.security.AdminCaller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bureau's 八有 checklist: co-buildings' ticks and their review, and the item list. */
@RestController
@RequestMapping("/api/admin")
class AdminChecklistController {

    private final AdminChecklistService checklist;

    AdminChecklistController(AdminChecklistService checklist) {
        this.checklist = checklist;
    }

    @GetMapping("/cobuildings/{cobuildingId}/checklist")
    ChecklistView view(AdminCaller caller, @PathVariable long cobuildingId) {
        return checklist.view(caller, cobuildingId);
    }

    @PostMapping("/cobuildings/{cobuildingId}/checklist/{itemId}/review")
    ChecklistEntry review(AdminCaller caller, @PathVariable long cobuildingId, @PathVariable long itemId,
                          @Valid @RequestBody ReviewChecklistRequest request) {
        return checklist.review(caller, cobuildingId, itemId, request);
    }

    @GetMapping("/checklist-items")
    ChecklistItemList items(AdminCaller caller, @RequestParam(defaultValue = "false") boolean includeRetired) {
        return checklist.items(caller, includeRetired);
    }

    @PostMapping("/checklist-items")
    ResponseEntity<ChecklistItemView> create(AdminCaller caller,
                                             @Valid @RequestBody CreateChecklistItemRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(checklist.create(caller, request));
    }

    @PatchMapping("/checklist-items/{id}")
    ChecklistItemView update(AdminCaller caller, @PathVariable long id,
                             @Valid @RequestBody UpdateChecklistItemRequest request) {
        return checklist.update(caller, id, request);
    }

    @DeleteMapping("/checklist-items/{id}")
    ResponseEntity<Void> retire(AdminCaller caller, @PathVariable long id) {
        checklist.retire(caller, id);
        return ResponseEntity.noContent().build();
    }
}
