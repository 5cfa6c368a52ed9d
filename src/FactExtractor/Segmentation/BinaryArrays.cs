using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FactExtractor.Segmentation;

/// <summary>Arrays of plain values as a length and their bytes (little-endian machines only: see <see cref="SegmenterCache"/>).</summary>
internal static class BinaryArrays
{
    public static void Write<T>(BinaryWriter output, T[] values)
        where T : unmanaged
    {
        output.Write(values.Length);
        output.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <exception cref="InvalidDataException">The length is negative or longer than what is left of the stream.</exception>
    public static T[] Read<T>(BinaryReader input)
        where T : unmanaged
    {
        int length = input.ReadInt32();
        var stream = input.BaseStream;
        if (length < 0 || (long)length * Unsafe.SizeOf<T>() > stream.Length - stream.Position)
            throw new InvalidDataException("Saved array: bad length.");
        var values = new T[length];
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
