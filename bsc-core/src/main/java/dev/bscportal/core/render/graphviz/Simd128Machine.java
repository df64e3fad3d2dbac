package dev.bscportal.core.render.graphviz;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.InterpreterMachine;
import com.dylibso.chicory.runtime.MStack;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.StackFrame;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.types.Instruction;

import java.util.Deque;

/**
 * Chicory's interpreter plus the fourteen 128-bit SIMD instructions that the Graphviz module uses (the compiler
 * vectorised a few string and memory loops). Chicory's own SIMD module needs the incubating Vector API
 * ({@code --add-modules jdk.incubator.vector}), which a Maven plugin cannot switch on in Maven's JVM; these few
 * instructions are plain arithmetic on two longs. A v128 value takes two stack slots: bytes 0-7 (pushed first)
 * and bytes 8-15, little-endian, as in Chicory's SIMD module. Any other SIMD instruction fails as before.
 */
final class Simd128Machine extends InterpreterMachine {

    private static final long BYTE_MASK = 0xFFL;
    private static final long INT_MASK = 0xFFFFFFFFL;

    Simd128Machine(Instance instance) {
        super(instance);
    }

    @Override
    protected void evalDefault(MStack stack, Instance instance, Deque<StackFrame> callStack, Instruction instruction,
                               Operands operands) throws ChicoryException {
        Memory memory = instance.memory();
        switch (instruction.opcode()) {
            case V128_CONST -> {
                stack.push(operands.get(0));
                stack.push(operands.get(1));
            }
            case V128_LOAD -> {
                int ptr = readMemPtr(stack, operands);
                stack.push(memory.readLong(ptr));
                stack.push(memory.readLong(ptr + 8));
            }
            case V128_STORE -> {
                long high = stack.pop();
                long low = stack.pop();
                int ptr = readMemPtr(stack, operands);
                memory.writeLong(ptr, low);
                memory.writeLong(ptr + 8, high);
            }
            case V128_STORE32_LANE -> {
                long high = stack.pop();
                long low = stack.pop();
                int ptr = readMemPtr(stack, operands);
                memory.writeI32(ptr, (int) lane32(low, high, (int) operands.get(2)));
            }
            case V128_AND -> {
                long bHigh = stack.pop();
                long bLow = stack.pop();
                long aHigh = stack.pop();
                long aLow = stack.pop();
                stack.push(aLow & bLow);
                stack.push(aHigh & bHigh);
            }
            case V128_OR -> {
                long bHigh = stack.pop();
                long bLow = stack.pop();
                long aHigh = stack.pop();
                long aLow = stack.pop();
                stack.push(aLow | bLow);
                stack.push(aHigh | bHigh);
            }
            case I8x16_EQ -> {
                long bHigh = stack.pop();
                long bLow = stack.pop();
                long aHigh = stack.pop();
                long aLow = stack.pop();
                stack.push(bytesEqual(aLow, bLow));
                stack.push(bytesEqual(aHigh, bHigh));
            }
            case I8x16_SPLAT -> {
                long b = stack.pop() & BYTE_MASK;
                long repeated = b * 0x0101010101010101L;
                stack.push(repeated);
                stack.push(repeated);
            }
            case I8x16_EXTRACT_LANE_U -> {
                long high = stack.pop();
                long low = stack.pop();
                int lane = (int) operands.get(0);
                long word = lane < 8 ? low : high;
                stack.push((word >>> ((lane % 8) * 8)) & BYTE_MASK);
            }
            case I8x16_REPLACE_LANE -> {
                long value = stack.pop() & BYTE_MASK;
                long high = stack.pop();
                long low = stack.pop();
                int lane = (int) operands.get(0);
                int shift = (lane % 8) * 8;
                if (lane < 8) {
                    low = (low & ~(BYTE_MASK << shift)) | (value << shift);
                } else {
                    high = (high & ~(BYTE_MASK << shift)) | (value << shift);
                }
                stack.push(low);
                stack.push(high);
            }
            case I32x4_SPLAT -> {
                long v = stack.pop() & INT_MASK;
                long repeated = v | (v << 32);
                stack.push(repeated);
                stack.push(repeated);
            }
            case I32x4_EXTRACT_LANE -> {
                long high = stack.pop();
                long low = stack.pop();
                stack.push((int) lane32(low, high, (int) operands.get(0)));
            }
            case I32x4_REPLACE_LANE -> {
                long value = stack.pop() & INT_MASK;
                long high = stack.pop();
                long low = stack.pop();
                int lane = (int) operands.get(0);
                int shift = (lane % 2) * 32;
                if (lane < 2) {
                    low = (low & ~(INT_MASK << shift)) | (value << shift);
                } else {
                    high = (high & ~(INT_MASK << shift)) | (value << shift);
                }
                stack.push(low);
                stack.push(high);
            }
            case I32x4_ADD -> {
                long bHigh = stack.pop();
                long bLow = stack.pop();
                long aHigh = stack.pop();
                long aLow = stack.pop();
                stack.push(add32(aLow, bLow));
                stack.push(add32(aHigh, bHigh));
            }
            default -> super.evalDefault(stack, instance, callStack, instruction, operands);
        }
    }

    private static long lane32(long low, long high, int lane) {
        long word = lane < 2 ? low : high;
        return (word >>> ((lane % 2) * 32)) & INT_MASK;
    }

    private static long bytesEqual(long a, long b) {
        long result = 0;
        for (int i = 0; i < 8; i++) {
            int shift = i * 8;
            if (((a >>> shift) & BYTE_MASK) == ((b >>> shift) & BYTE_MASK)) {
                result |= BYTE_MASK << shift;
            }
        }
        return result;
    }

    private static long add32(long a, long b) {
        long lowLane = ((a & INT_MASK) + (b & INT_MASK)) & INT_MASK;
        long highLane = ((a >>> 32) + (b >>> 32)) & INT_MASK;
        return lowLane | (highLane << 32);
    }
}
