/**
 * A minimal decoder of the OTLP protobuf messages the telemetry spec reads
 * (ExportTraceServiceRequest and what it holds), into the same shape as OTLP
 * JSON: `{ resourceSpans: [{ resource: { attributes }, scopeSpans: [{ spans }] }] }`.
 * Field numbers from opentelemetry-proto (trace/v1/trace.proto, common/v1/common.proto).
 */
type Field = { no: number; wire: number; value: bigint | Buffer };

function fields(buf: Buffer): Field[] {
  const out: Field[] = [];
  let i = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const byte = buf[i++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return result;
      shift += 7n;
    }
  };
  while (i < buf.length) {
    const tag = Number(varint());
    const no = tag >> 3;
    const wire = tag & 7;
    if (wire === 0) out.push({ no, wire, value: varint() });
    else if (wire === 1) out.push({ no, wire, value: buf.subarray(i, (i += 8)) });
    else if (wire === 2) {
      const len = Number(varint());
      out.push({ no, wire, value: buf.subarray(i, (i += len)) });
    } else if (wire === 5) out.push({ no, wire, value: buf.subarray(i, (i += 4)) });
    else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

const all = (buf: Buffer, no: number) => fields(buf).filter((f) => f.no === no).map((f) => f.value as Buffer);
const one = (buf: Buffer, no: number) => fields(buf).find((f) => f.no === no)?.value;

function anyValue(buf: Buffer): Record<string, unknown> {
  const f = fields(buf)[0];
  if (!f) return {};
  if (f.no === 1) return { stringValue: (f.value as Buffer).toString('utf8') };
  if (f.no === 2) return { boolValue: f.value === 1n };
  if (f.no === 3) return { intValue: String(f.value) };
  if (f.no === 4) return { doubleValue: (f.value as Buffer).readDoubleLE(0) };
  return { bytesValue: (f.value as Buffer).toString('base64') };
}

function keyValues(buf: Buffer, no: number) {
  return all(buf, no).map((kv) => ({ key: (one(kv, 1) as Buffer).toString('utf8'), value: anyValue((one(kv, 2) as Buffer | undefined) ?? Buffer.alloc(0)) }));
}

export function decodeTraceRequest(buf: Buffer): { resourceSpans: unknown[] } {
  return {
    resourceSpans: all(buf, 1).map((rs) => ({
      resource: { attributes: keyValues((one(rs, 1) as Buffer | undefined) ?? Buffer.alloc(0), 1) },
      scopeSpans: all(rs, 2).map((ss) => ({
        spans: all(ss, 2).map((span) => ({
          traceId: (one(span, 1) as Buffer).toString('hex'),
          spanId: (one(span, 2) as Buffer).toString('hex'),
          name: ((one(span, 5) as Buffer | undefined) ?? Buffer.alloc(0)).toString('utf8'),
          kind: Number((one(span, 6) as bigint | undefined) ?? 0n),
          attributes: keyValues(span, 9),
        })),
      })),
    })),
  };
}
