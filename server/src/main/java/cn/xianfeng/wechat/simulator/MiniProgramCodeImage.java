package cn.xianfeng.wechat.simulator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A real PNG that looks like a code and differs per scene, so pages that show a mini-program code have something
 * to show locally. Drawn without fonts, which a headless server may not have.
 */
final class MiniProgramCodeImage {

    private static final int MODULES = 25;

    private MiniProgramCodeImage() {
    }

    static byte[] render(String scene, int width) {
        BufferedImage image = new BufferedImage(width, width, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, width);
            int cell = Math.max(1, width / (MODULES + 4));
            int offset = (width - cell * MODULES) / 2;
            Random bits = new Random(scene.hashCode());
            g.setColor(Color.BLACK);
            for (int y = 0; y < MODULES; y++) {
                for (int x = 0; x < MODULES; x++) {
                    if (inFinder(x, y) ? finderDark(x, y) : bits.nextBoolean()) {
                        g.fillRect(offset + x * cell, offset + y * cell, cell, cell);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean inFinder(int x, int y) {
        return (x < 7 && y < 7) || (x >= MODULES - 7 && y < 7) || (x < 7 && y >= MODULES - 7);
    }

    private static boolean finderDark(int x, int y) {
        int fx = x >= MODULES - 7 ? x - (MODULES - 7) : x;
        int fy = y >= MODULES - 7 ? y - (MODULES - 7) : y;
        boolean ring = fx == 0 || fx == 6 || fy == 0 || fy == 6;
        boolean core = fx >= 2 && fx <= 4 && fy >= 2 && fy <= 4;
        return ring || core;
    }
}
