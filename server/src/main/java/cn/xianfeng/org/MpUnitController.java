package cn.xianfeng.org;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Unit search for the application form (picking the lead or a partner unit of a joint application). No class-level
 * {@code @Validated}: that would validate through an AOP proxy whose ConstraintViolationException ends as a 500;
 * Spring MVC's own method validation answers 422.
 */
@RestController
@RequestMapping("/api/mp/units")
class MpUnitController {

    private final UnitDirectory directory;

    MpUnitController(UnitDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<UnitOption> search(@RequestParam(name = "q", defaultValue = "")
                            @Size(max = 50, message = "搜索词最多 50 个字") String q) {
        return directory.search(q, UnitDirectory.MAX_SEARCH_RESULTS).stream().map(UnitOption::of).toList();
    }
}
