package cn.xianfeng.shared.security;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** 401: no token, an unknown or expired one, or one issued to the other audience. */
public class UnauthenticatedException extends ApiException {

    public UnauthenticatedException(String detail) {
        super(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", detail);
    }
}
