package ma.ogp.pan.web;

import java.io.ByteArrayInputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/** A request body read already (to check its size or its fields), served again to what comes next. */
public final class BytesInputStream extends ServletInputStream {

    private final ByteArrayInputStream bytes;

    public BytesInputStream(byte[] body) {
        this.bytes = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
        return bytes.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        return bytes.read(buffer, offset, length);
    }

    @Override
    public boolean isFinished() {
        return bytes.available() == 0;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("the body is read already");
    }
}
