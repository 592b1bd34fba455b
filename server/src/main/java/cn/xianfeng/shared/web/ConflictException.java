package cn.xianfeng.shared.web;

import org.springframework.http.HttpStatus;

/** 409: the request is fine but the state of things does not allow it now. */
public class ConflictException extends ApiException {

    public ConflictException(String code, String detail) {
        super(HttpStatus.CONFLICT, code, detail);
    }
}
