using System.Globalization;

namespace FactExtractor.Scoring;

/// <summary>
/// A learned linear classifier with its Platt calibration, as plain numbers:
/// <c>p = 1 / (1 + exp(slope · (w·x + bias) + offset))</c> over hashed features
/// (<see cref="FeatureHasher"/>). <c>factx train</c> learns it with ML.NET and exports it to a small
/// text file embedded in the library, so scoring needs no ML.NET at run time. Immutable and
/// thread-safe.
/// </summary>
internal sealed class LinearModel
{
    private const string Magic = "factx-linear-model 1";
    private readonly float[] _weights;

    public LinearModel(int bits, int numberCount, float[] weights, double bias, double slope, double offset, IReadOnlyDictionary<string, string>? properties = null)
    {
        if (weights.Length != FeatureHasher.Length(bits, numberCount))
            throw new ArgumentException($"Expected {FeatureHasher.Length(bits, numberCount)} weights, got {weights.Length}.", nameof(weights));
        Bits = bits;
        NumberCount = numberCount;
        _weights = weights;
        Bias = bias;
        Slope = slope;
        Offset = offset;
        Properties = properties ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    public int Bits { get; }

    public int NumberCount { get; }

    public double Bias { get; }

    public double Slope { get; }

    public double Offset { get; }

    public IReadOnlyList<float> Weights => _weights;

    /// <summary>Named settings stored with the model (<c>property TAB name TAB value</c> lines), such as whether it is used.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>A copy of this model with <paramref name="name"/> set to <paramref name="value"/>.</summary>
    public LinearModel WithProperty(string name, string value)
    {
        var properties = new Dictionary<string, string>(Properties, StringComparer.Ordinal) { [name] = value };
        return new LinearModel(Bits, NumberCount, _weights, Bias, Slope, Offset, properties);
    }

    /// <summary>The uncalibrated score <c>w·x + bias</c>.</summary>
    public double Score(CandidateFeatures features)
    {
        if (features.Numbers.Length != NumberCount)
            throw new ArgumentException($"The model reads {NumberCount} numbers, the features have {features.Numbers.Length}.", nameof(features));
        // Summed in float, in index order, as ML.NET's linear model sums its sparse dot product.
        float dot = FeatureHasher.Dot(features, Bits, _weights);
        return dot + (float)Bias;
    }

    /// <summary>The calibrated probability that the candidate is positive.</summary>
    public double Probability(CandidateFeatures features) => Calibrate(Score(features));

    /// <summary>
    /// The calibrated probability from hashed token slots (any order; sorted in place) and the
    /// dense numbers: the same value as <see cref="Probability(CandidateFeatures)"/> for the same features.
    /// </summary>
    public double Probability(Span<int> slots, ReadOnlySpan<float> numbers)
    {
        if (numbers.Length != NumberCount)
            throw new ArgumentException($"The model reads {NumberCount} numbers, the features have {numbers.Length}.", nameof(numbers));
        slots.Sort();
        float dot = FeatureHasher.Dot(slots, numbers, Bits, _weights);
        double score = dot + (float)Bias;
        return Calibrate(score);
    }

    private double Calibrate(double score) => 1.0 / (1.0 + Math.Exp(Slope * score + Offset));

    /// <summary>Reads a model embedded in this library (<paramref name="what"/> names it in the error when it is missing).</summary>
    public static LinearModel ReadEmbedded(string resourceName, string what)
    {
        var assembly = typeof(LinearModel).Assembly;
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The {what} '{resourceName}' is not embedded in {assembly.GetName().Name}; train it with 'factx train' or use ScoringMode.Rules.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not such a model.</exception>
    public static LinearModel Read(TextReader reader)
    {
        if (reader.ReadLine() != Magic)
            throw new InvalidDataException($"Not a linear model: the first line must be '{Magic}'.");
        int bits = -1, numbers = -1;
        double bias = double.NaN, slope = double.NaN, offset = double.NaN;
        float[]? weights = null;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (char.IsAsciiDigit(line[0]))
            {
                // "index TAB weight", most of the file: parsed without splitting.
                if (bits is < 1 or > 24 || numbers < 0)
                    throw new InvalidDataException("Weights before the bits and numbers lines.");
                weights ??= new float[FeatureHasher.Length(bits, numbers)];
                int tab = line.IndexOf('\t');
                if (tab < 0 || !int.TryParse(line.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= weights.Length
                    || !float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                    throw new InvalidDataException($"Not a weight line: '{line}'.");
                weights[index] = weight;
                continue;
            }
            var f = line.Split('\t');
            switch (f[0])
            {
                case "bits":
                    bits = int.Parse(f[1], CultureInfo.InvariantCulture);
                    break;
                case "numbers":
                    numbers = int.Parse(f[1], CultureInfo.InvariantCulture);
                    break;
                case "bias":
                    bias = double.Parse(f[1], CultureInfo.InvariantCulture);
                    break;
                case "property":
                    if (f.Length != 3)
                        throw new InvalidDataException("A property line needs a name and a value.");
                    properties[f[1]] = f[2];
                    break;
                case "platt":
                    slope = double.Parse(f[1], CultureInfo.InvariantCulture);
                    offset = double.Parse(f[2], CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new InvalidDataException($"Unknown line in a linear model: '{line}'.");
            }
        }
        if (bits is < 1 or > 24 || numbers < 0 || double.IsNaN(bias) || double.IsNaN(slope) || double.IsNaN(offset))
            throw new InvalidDataException("A linear model needs bits, numbers, bias and platt lines.");
        return new LinearModel(bits, numbers, weights ?? new float[FeatureHasher.Length(bits, numbers)], bias, slope, offset, properties);
    }

    /// <summary>Writes the model as text: a header, then one <c>index TAB weight</c> line per non-zero weight.</summary>
    public void Write(TextWriter writer, string comment)
    {
        writer.NewLine = "\n";
        writer.WriteLine(Magic);
        foreach (var line in comment.Split('\n'))
            writer.WriteLine("# " + line);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bits\t{Bits}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"numbers\t{NumberCount}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bias\t{Bias:R}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"platt\t{Slope:R}\t{Offset:R}"));
        foreach (var (name, value) in Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteLine($"property\t{name}\t{value}");
        for (int i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0)
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i}\t{_weights[i]:R}"));
        }
    }
}
