package cn.xianfeng.wechat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's message-push signatures and safe-mode encryption: {@code signature = sha1(sorted(token, timestamp, nonce))}
 * as lowercase hex; in safe mode {@code msg_signature = sha1(sorted(token, timestamp, nonce, Encrypt))} and
 * {@code Encrypt = base64(AES-256-CBC(random16 ‖ length ‖ message ‖ appid))} with the key decoded from the 43-character
 * EncodingAESKey, the IV its first 16 bytes, PKCS#7 padded to 32 bytes.
 */
public final class WeChatPushSignature {

    private WeChatPushSignature() {
    }

    public static String sign(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /** Whether {@code signature} is the one of these parts; constant-time, and false for anything missing. */
    public static boolean matches(String signature, String... parts) {
        if (signature == null) {
            return false;
        }
        for (String part : parts) {
            if (part == null) {
                return false;
            }
        }
        return MessageDigest.isEqual(sign(parts).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The message inside a safe-mode {@code Encrypt}; null when it does not decrypt or names another app. */
    public static String decrypt(String encrypted, String aesKey, String appId) {
        try {
            byte[] key = Base64.getDecoder().decode(aesKey + "=");
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
            byte[] plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
            int pad = plain[plain.length - 1] & 0xFF;
            if (pad < 1 || pad > 32 || pad > plain.length) {
                return null;
            }
            byte[] content = Arrays.copyOfRange(plain, 0, plain.length - pad);
            int length = ByteBuffer.wrap(content, 16, 4).getInt();
            if (length < 0 || 20 + length > content.length) {
                return null;
            }
            String from = new String(content, 20 + length, content.length - 20 - length, StandardCharsets.UTF_8);
            if (appId != null && !appId.equals(from)) {
                return null;
            }
            return new String(content, 20, length, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The other way round: what WeChat (or the simulator) sends in safe mode. */
    public static String encrypt(String message, String aesKey, String appId) {
        try {
            byte[] key = Base64.getDecoder().decode(aesKey + "=");
            byte[] text = message.getBytes(StandardCharsets.UTF_8);
            byte[] app = appId.getBytes(StandardCharsets.UTF_8);
            byte[] random = new byte[16];
            new java.security.SecureRandom().nextBytes(random);
            int unpadded = 16 + 4 + text.length + app.length;
            int pad = 32 - (unpadded % 32);
            ByteBuffer buffer = ByteBuffer.allocate(unpadded + pad);
            buffer.put(random).putInt(text.length).put(text).put(app);
            for (int i = 0; i < pad; i++) {
                buffer.put((byte) pad);
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
            return Base64.getEncoder().encodeToString(cipher.doFinal(buffer.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/CBC is part of every JDK", e);
        }
    }
}
