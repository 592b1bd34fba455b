package cn.xianfeng.shared.web;

import org.springframework.http.HttpStatus;

/** 404: the thing does not exist, or the caller may not know that it does. */
public class NotFoundException extends ApiException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, "NOT_FOUND", detail);
    }

    /** A 404 with a more specific code, e.g. {@code INVITATION_NOT_FOUND}. */
    public NotFoundException(String code, String detail) {
        super(HttpStatus.NOT_FOUND, code, detail);
    }
}
