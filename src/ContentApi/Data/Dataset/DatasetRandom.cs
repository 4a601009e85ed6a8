namespace ContentApi.Data.Dataset;

/// <summary>What a random stream is for: each aspect of an article draws from its own stream, so one can be
/// regenerated (the tags, for the change feed or a related link's target) without generating the others.</summary>
internal enum Stream : ulong
{
    Timeline = 1,
    Identity,
    Status,
    Topic,
    Pair,
    Title,
    Body,
    Links,
    Catalogue,
}

/// <summary>
/// A small, fast, deterministic generator (xoshiro256**, seeded by SplitMix64): the same seed gives the same
/// archive on every machine, unlike <see cref="System.Random"/> whose algorithm may change between runtimes.
/// </summary>
internal struct DatasetRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    private DatasetRandom(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>The stream for one aspect of one article (or of the catalogue, with index 0).</summary>
    public static DatasetRandom For(long seed, long index, Stream stream) =>
        new(unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)index * 0xD1B54A32D192ED03UL) ^ ((ulong)stream << 56)));

    public ulong NextUInt64()
    {
        var result = BitRotate(_s1 * 5, 7) * 9;
        var shifted = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= shifted;
        _s3 = BitRotate(_s3, 45);
        return result;
    }

    /// <summary>A whole number in [0, max).</summary>
    public int Next(int max) => (int)((NextUInt64() >> 32) * (ulong)max >> 32);

    /// <summary>A whole number in [min, max] (both included).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong BitRotate(ulong value, int count) => (value << count) | (value >> (64 - count));

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>
/// Picks an index in O(1) with Zipf-like weights (rank r weighs 1/r^s): a few tags, authors and words are
/// everywhere, most are rare — the long tail a real archive has.
/// </summary>
internal sealed class ZipfTable
{
    private const int Resolution = 1 << 16;
    private readonly ushort[] _slots = new ushort[Resolution];

    public ZipfTable(int count, double exponent)
    {
        if (count is < 1 or > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        var weights = Enumerable.Range(1, count).Select(rank => 1 / Math.Pow(rank, exponent)).ToArray();
        var total = weights.Sum();
        var cumulative = 0.0;
        var slot = 0;
        for (var index = 0; index < count; index++)
        {
            cumulative += weights[index] / total;
            var end = index == count - 1 ? Resolution : (int)Math.Round(cumulative * Resolution);
            for (; slot < end; slot++)
            {
                _slots[slot] = (ushort)index;
            }
        }

        Count = count;
    }

    public int Count { get; }

    public int Next(ref DatasetRandom random) => _slots[(int)(random.NextUInt64() >> 48)];
}
