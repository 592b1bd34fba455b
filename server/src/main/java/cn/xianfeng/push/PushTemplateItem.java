package cn.xianfeng.push;

/** One scene's template: its id in WeChat and a title for the prompt. */
public record PushTemplateItem(PushScene scene, String templateId, String title) {
}
