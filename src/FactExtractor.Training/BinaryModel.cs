using FactExtractor.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FactExtractor.Training;

/// <summary>
/// A trained ML.NET binary classifier over hashed <see cref="CandidateFeatures"/> (a linear
/// learner followed by a Platt calibrator), as saved in the model zip. Predicts in batches through
/// <see cref="ITransformer.Transform"/>, which is safe from any thread (no PredictionEngine).
/// </summary>
internal sealed class BinaryModel
{
    private readonly MLContext _ml;

    public BinaryModel(MLContext ml, ITransformer transformer, int bits, int numberCount)
    {
        _ml = ml;
        Transformer = transformer;
        Bits = bits;
        NumberCount = numberCount;
    }

    public ITransformer Transformer { get; }

    public int Bits { get; }

    public int NumberCount { get; }

    /// <summary>Loads a zip written by <see cref="BinaryTrainer.SaveZip(BinaryModel, Stream)"/>.</summary>
    public static BinaryModel Load(Stream zip, int numberCount)
    {
        var ml = new MLContext(seed: 0);
        var transformer = ml.Model.Load(zip, out var schema);
        var features = schema.GetColumnOrNull(VectorRow.FeaturesColumn)?.Type as VectorDataViewType
            ?? throw new InvalidDataException("The model has no fixed-size Features input column.");
        int bits = 0;
        while (FeatureHasher.Length(bits, numberCount) < features.Size)
            bits++;
        if (FeatureHasher.Length(bits, numberCount) != features.Size)
            throw new InvalidDataException($"The model's {features.Size} features are not 2^bits + {numberCount}.");
        return new BinaryModel(ml, transformer, bits, numberCount);
    }

    /// <summary>Calibrated probabilities, one per input, in input order.</summary>
    public float[] Predict(IReadOnlyList<CandidateFeatures> inputs)
    {
        var rows = inputs.Select(f => VectorRow.From(f, Bits, label: false)).ToList();
        var data = _ml.Data.LoadFromEnumerable(rows, VectorRow.Schema(FeatureHasher.Length(Bits, NumberCount)));
        return [.. Transformer.Transform(data).GetColumn<float>("Probability")];
    }
}

/// <summary>One row as ML.NET reads it: the hashed feature vector and the label.</summary>
internal sealed class VectorRow
{
    public const string FeaturesColumn = "Features";

    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }

    public static VectorRow From(CandidateFeatures features, int bits, bool label)
    {
        var x = FeatureHasher.Vectorize(features, bits);
        return new VectorRow { Features = new VBuffer<float>(x.Length, x.Indices.Length, x.Values, x.Indices), Label = label };
    }

    public static SchemaDefinition Schema(int length)
    {
        var schema = SchemaDefinition.Create(typeof(VectorRow));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        return schema;
    }
}
