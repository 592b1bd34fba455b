package cn.xianfeng.bench;

import java.util.Random;

/** The words of the benchmark city: names, titles and texts as the people of a science bureau's programme write them. */
final class CityTexts {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
        "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛",
        "明", "超", "秀英", "华", "慧", "建国", "志强", "晓东", "海燕", "文博", "思远", "子涵", "雨桐", "浩然", "欣怡",
        "俊杰", "佳琪", "一鸣", "嘉怡", "宇航", "梓萱", "振华", "立新"};
    private static final String[] PLACES = {"浦江", "申城", "东海", "长江", "华东", "张江", "临港", "漕河泾", "紫竹",
        "松江", "嘉定", "闵行", "徐汇", "杨浦", "虹口", "宝山", "青浦", "奉贤", "金山", "崇明"};
    private static final String[] DISCIPLINES = {"理工", "科技", "工程", "信息", "交通", "海洋", "医科", "财经", "电力",
        "材料"};
    private static final String[] FIELDS = {"集成电路", "人工智能", "生物医药", "新材料", "精密仪器", "量子信息",
        "新能源", "智能制造"};
    private static final String[] BRANDS = {"华芯", "智联", "瑞康", "宏图", "启明", "睿智", "天工", "博远", "中科",
        "云帆", "星河", "致远", "恒信", "锐思"};
    private static final String[] INDUSTRIES = {"半导体", "生物科技", "智能装备", "软件", "新材料", "医疗器械",
        "检测技术"};
    private static final String[] VENUES = {"科创中心报告厅", "党群服务中心", "张江科学会堂", "研究所多功能厅",
        "大学学术交流中心", "园区党建服务站", "企业创新展示厅", "临港科技城会议室"};
    private static final String[] TYPES = {"PARTY_ACTIVITY", "BUSINESS_SHARING", "RESEARCH_MEETING", "TRAINING",
        "LECTURE", "SALON", "COMPETITION", "POLICY_SESSION"};
    private static final int[] TYPE_WEIGHTS = {30, 15, 20, 10, 10, 8, 2, 5};
    private static final String[] CHAT = {"收到，准时参加。", "今天的对接会材料已经上传，请大家查阅。", "好的，谢谢！",
        "下周三下午的主题党日改到三楼会议室。", "样品测试结果出来了，整体符合预期。", "请各单位联络员统计参会人数。",
        "这个问题我们课题组可以帮忙看一下。", "已提交进展报告。", "辛苦了！", "明天上午九点在实验楼门口集合。",
        "企业这边的需求清单已经整理好了。", "专利申请材料请在周五前发我。", "学习资料已转发，大家抽空看看。",
        "本月的任务进度请及时更新。", "欢迎新同事加入共建群！", "中试线下周可以安排参观。", "👍", "收到",
        "政策解读里提到的研发费用加计扣除，我们可以申报。", "会议纪要稍后发群里。", "联合攻关的第二阶段方案初稿已完成。",
        "周末的创新竞赛报名截止到周四。", "感谢各位专家的指导意见！", "技术合同登记的流程谁熟悉？", "已安排车辆。"};
    private static final String[] NOTES = {"完成阶段性测试，数据已归档。", "召开专题推进会，明确下一步分工。",
        "与合作企业完成中试验证。", "提交发明专利申请一项。", "组织青年骨干开展技术培训。", "完成样机调试。",
        "形成调研报告初稿。", "完成设备采购与安装。", "联合发表论文一篇。", "引进博士后一名，已到岗。"};
    private static final String[] TASKS = {"需求调研与方案论证", "关键技术攻关", "样机研制", "中试验证", "成果鉴定",
        "人才引进与培养", "阵地建设与布置", "制度建设", "联合申报项目", "专利布局", "技术培训", "成果推广应用"};

    private CityTexts() {
    }

    static String person(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    /** Distinct within a type (its ids are consecutive): the place runs through its list, the kind every 20 ids. */
    static String unit(String type, int id) {
        String place = PLACES[id % PLACES.length];
        int kind = id / PLACES.length;
        return switch (type) {
            case "UNIVERSITY" -> place + DISCIPLINES[kind % DISCIPLINES.length] + "大学";
            case "INSTITUTE" -> place + FIELDS[kind % FIELDS.length] + "研究所";
            case "ENTERPRISE" -> place + BRANDS[kind % BRANDS.length] + INDUSTRIES[id % INDUSTRIES.length] + "有限公司";
            default -> place + "科技服务中心";
        };
    }

    static String address(Random random) {
        return "上海市" + PLACES[random.nextInt(PLACES.length)] + "路" + (1 + random.nextInt(999)) + "号";
    }

    static String cobuilding(String lead, String partner) {
        String name = partner == null ? lead + "科技党建先锋号" : lead + "—" + partner + "共建先锋号";
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    static String activityType(Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < TYPES.length; i++) {
            roll -= TYPE_WEIGHTS[i];
            if (roll < 0) {
                return TYPES[i];
            }
        }
        return TYPES[0];
    }

    static String activityTitle(String type, Random random) {
        String field = FIELDS[random.nextInt(FIELDS.length)];
        return switch (type) {
            case "PARTY_ACTIVITY" -> "主题党日：学习贯彻科技创新重要论述";
            case "BUSINESS_SHARING" -> field + "业务分享会";
            case "RESEARCH_MEETING" -> field + "科研对接会";
            case "TRAINING" -> field + "青年骨干培训";
            case "LECTURE" -> field + "前沿讲座";
            case "SALON" -> field + "创新沙龙";
            case "COMPETITION" -> field + "创新竞赛";
            default -> "科技政策送上门：研发投入奖补解读";
        };
    }

    static String place(Random random) {
        return VENUES[random.nextInt(VENUES.length)];
    }

    static String goalTitle(String category, int stage) {
        return switch (category) {
            case "BASE" -> "打造一个党建阵地";
            case "PROBLEMS" -> "攻关一批技术难题";
            case "LEADERS" -> "培养一批学科技术带头人";
            case "TALENT" -> "输出引进一名高层次人才";
            default -> "转化一批重大科技成果";
        } + (stage > 1 ? "（第" + stage + "阶段）" : "");
    }

    static String goalDescription(String category) {
        return "围绕" + goalTitle(category, 1) + "，制定年度计划并按季度推进。";
    }

    static String goalTarget(String category) {
        return switch (category) {
            case "BASE" -> "建成共建党建阵地一处";
            case "PROBLEMS" -> "解决关键技术难题3项";
            case "LEADERS" -> "培养技术带头人5名";
            case "TALENT" -> "引进高层次人才1名";
            default -> "转化科技成果2项";
        };
    }

    static String taskTitle(Random random) {
        return TASKS[random.nextInt(TASKS.length)];
    }

    static String progressNote(Random random) {
        return NOTES[random.nextInt(NOTES.length)];
    }

    static String chatText(Random random) {
        return CHAT[random.nextInt(CHAT.length)];
    }

    static String briefingTitle(String category, int n) {
        String title = switch (category) {
            case "RD_SUBSIDY" -> "研发投入财政奖补政策解读";
            case "RD_DEDUCTION" -> "研发费用加计扣除政策要点";
            case "INNOVATION_VOUCHER" -> "科技创新券申领指南";
            case "HIGH_TECH_ENTERPRISE" -> "高新技术企业认定申报解读";
            case "RESULT_REGISTRATION" -> "科技成果登记办理指引";
            case "TECH_CONTRACT" -> "技术合同认定登记说明";
            case "TRAINING" -> "科技政策专题培训通知";
            default -> "科技服务事项提示";
        };
        return title + "（第" + n + "期）";
    }
}
