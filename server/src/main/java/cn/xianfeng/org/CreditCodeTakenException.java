package cn.xianfeng.org;

import cn.xianfeng.shared.web.ConflictException;

/** Another unit already carries the credit code; the unique key on {@code unit.credit_code} said so. */
class CreditCodeTakenException extends ConflictException {

    CreditCodeTakenException(String detail) {
        super("CREDIT_CODE_TAKEN", detail);
    }
}
