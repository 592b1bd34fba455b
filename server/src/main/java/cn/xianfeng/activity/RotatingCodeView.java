package cn.xianfeng.activity;

import java.time.OffsetDateTime;

/** The code on the organiser's screen, until when it is the current one, and how often it changes. */
public record RotatingCodeView(String code, OffsetDateTime validUntil, int periodSeconds) {
}
