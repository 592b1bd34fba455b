package cn.xianfeng.media;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** The refusals of the media feature, one type per stable code. */
final class MediaExceptions {

    private MediaExceptions() {
    }

    /** 415: the bytes are not a JPEG or a PNG (or a PDF, for an attachment), whatever the name says. */
    static final class TypeUnsupported extends ApiException {
        TypeUnsupported(String detail) {
            super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "MEDIA_TYPE_UNSUPPORTED", detail);
        }
    }

    /** 413: more bytes than the server takes, noticed while the upload streams in. */
    static final class FileTooLarge extends ApiException {
        FileTooLarge(String detail) {
            super(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", detail);
        }
    }

    /** 422: the header claims more pixels than the server decodes (a decompression bomb looks like this). */
    static final class ImageTooLarge extends ApiException {
        ImageTooLarge(String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "IMAGE_TOO_LARGE", detail);
        }
    }

    /** 422: truncated or corrupt; the decoder's own words stay in the server. */
    static final class ImageUnreadable extends ApiException {
        ImageUnreadable() {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "IMAGE_UNREADABLE", "图片已损坏或不完整，请重新选择");
        }
    }

    /** 403: a link whose signature is not ours (edited, or made up). */
    static final class LinkInvalid extends ApiException {
        LinkInvalid() {
            super(HttpStatus.FORBIDDEN, "MEDIA_LINK_INVALID", "链接无效");
        }
    }

    /** 403: a link past its expiry; the page that showed it gets a fresh one when it reloads. */
    static final class LinkExpired extends ApiException {
        LinkExpired() {
            super(HttpStatus.FORBIDDEN, "MEDIA_LINK_EXPIRED", "链接已过期，请刷新后重试");
        }
    }
}
