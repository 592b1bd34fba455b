package cn.xianfeng.cobuild;

import cn.xianfeng.shared.security.AdminCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The unit database as a spreadsheet, with each unit's co-buildings, entries and exits. Here rather than with the
 * units: the participations are the co-buildings' records, and co-buildings depend on units, not the other way.
 */
@RestController
class AdminUnitExportController {

    private final UnitExports exports;

    AdminUnitExportController(UnitExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/admin/units.xlsx")
    ResponseEntity<StreamingResponseBody> units(AdminCaller caller) {
        return exports.units(caller);
    }
}
