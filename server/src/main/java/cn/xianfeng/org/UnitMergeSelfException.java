package cn.xianfeng.org;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** A unit cannot be merged into itself. */
class UnitMergeSelfException extends ApiException {

    UnitMergeSelfException() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "UNIT_MERGE_SELF", "不能将单位合并到它自己");
    }
}
