using System.IO.Compression;
using FactExtractor.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FactExtractor.Training;

/// <summary>The learning algorithm of a <see cref="BinaryTrainer"/>.</summary>
internal enum Algorithm
{
    /// <summary>Logistic regression by stochastic dual coordinate ascent.</summary>
    Sdca,

    /// <summary>Logistic regression by L-BFGS.</summary>
    Lbfgs,
}

/// <summary>Settings of a training run. Defaults are what <c>factx train</c> uses (chosen by cross-validation on corpus/).</summary>
internal sealed record TrainerSettings
{
    public int Seed { get; init; } = 20240501;

    public Algorithm Algorithm { get; init; } = Algorithm.Sdca;

    /// <summary>Feature strings are hashed into 2^HashBits slots.</summary>
    public int HashBits { get; init; } = 14;

    public float L2 { get; init; } = 0.1f;

    public float L1 { get; init; }

    /// <summary>
    /// Document folds whose out-of-fold scores fit the Platt calibrator; 0 fits none (the
    /// probability is the plain logistic of the score), for models only used to rank.
    /// </summary>
    public int CalibrationFolds { get; init; } = 5;

    /// <summary>Subject model only: how much higher than the rules' choice a candidate must score to replace it.</summary>
    public double Margin { get; init; }
}

/// <summary>A trained scorer in both forms: the ML.NET model and its exported weights.</summary>
internal sealed record TrainedScorer(BinaryModel Model, LinearModel Linear);

/// <summary>
/// Trains a calibrated binary classifier over <see cref="CandidateFeatures"/>: hashed bag of
/// feature strings plus the dense numbers, logistic regression (ML.NET), and a Platt calibrator
/// fitted on out-of-fold scores (documents held out together), so that the probability is not
/// the over-confident in-sample one. Seeded and single-threaded: the same examples give the
/// same model, byte for byte.
/// </summary>
internal static class BinaryTrainer
{
    private static readonly DateTimeOffset ZipTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Trains on <paramref name="examples"/> (each labelled, each with its document).</summary>
    public static TrainedScorer Train(IReadOnlyList<Example> examples, int numberCount, TrainerSettings settings)
    {
        if (examples.Count == 0)
            throw new ArgumentException("No training examples.", nameof(examples));
        if (!examples.Any(e => e.Label) || examples.All(e => e.Label))
            throw new ArgumentException("Training needs positive and negative examples.", nameof(examples));
        var (slope, offset) = FitCalibration(examples, numberCount, settings);
        var ml = new MLContext(settings.Seed);
        var data = Load(ml, examples, numberCount, settings.HashBits);
        var (learner, weights, bias) = FitLearner(ml, data, settings);
        var calibrator = ml.BinaryClassification.Calibrators.Platt(slope, offset, scoreColumnName: "Score").Fit(learner.Transform(data));
        var chain = learner.Append(calibrator);
        var linear = new LinearModel(settings.HashBits, numberCount, weights, bias, slope, offset);
        // Round-trip through the saved form, so a trained model and a loaded one behave the same.
        using var zip = new MemoryStream();
        SaveZip(ml, chain, data.Schema, zip);
        zip.Position = 0;
        return new TrainedScorer(BinaryModel.Load(zip, numberCount), linear);
    }

    /// <summary>Saves the ML.NET model as a zip whose bytes depend only on the model (fixed entry times).</summary>
    public static void SaveZip(BinaryModel model, Stream destination)
    {
        var ml = new MLContext(0);
        var schema = Load(ml, [], model.NumberCount, model.Bits).Schema;
        SaveZip(ml, model.Transformer, schema, destination);
    }

    private static void SaveZip(MLContext ml, ITransformer transformer, DataViewSchema schema, Stream destination)
    {
        using var raw = new MemoryStream();
        ml.Model.Save(transformer, schema, raw);
        raw.Position = 0;
        using var source = new ZipArchive(raw, ZipArchiveMode.Read);
        using var target = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = ZipTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>Raw (uncalibrated) scores of each example from a model that did not see its document.</summary>
    internal static float[] OutOfFoldScores(IReadOnlyList<Example> examples, int numberCount, TrainerSettings settings, int folds)
    {
        var fold = FoldOf(examples, folds);
        var scores = new float[examples.Count];
        for (int f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, examples.Count).Where(i => fold[i] != f).Select(i => examples[i]).ToList();
            var test = Enumerable.Range(0, examples.Count).Where(i => fold[i] == f).ToList();
            if (test.Count == 0)
                continue;
            if (!train.Any(e => e.Label) || train.All(e => e.Label))
            {
                // A fold without both classes cannot learn: its examples get the prior's log-odds.
                double prior = (train.Count(e => e.Label) + 1.0) / (train.Count + 2.0);
                foreach (var i in test)
                    scores[i] = (float)Math.Log(prior / (1 - prior));
                continue;
            }
            var ml = new MLContext(settings.Seed);
            var (learner, _, _) = FitLearner(ml, Load(ml, train, numberCount, settings.HashBits), settings);
            var scored = learner.Transform(Load(ml, test.Select(i => examples[i]).ToList(), numberCount, settings.HashBits));
            var column = scored.GetColumn<float>("Score").ToArray();
            for (int j = 0; j < test.Count; j++)
                scores[test[j]] = column[j];
        }
        return scores;
    }

    /// <summary>Fold of each example: documents in ordinal name order, dealt round-robin.</summary>
    internal static int[] FoldOf(IReadOnlyList<Example> examples, int folds)
    {
        var docs = examples.Select(e => e.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        var foldOfDoc = docs.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i % folds, StringComparer.Ordinal);
        return examples.Select(e => foldOfDoc[e.Document]).ToArray();
    }

    private static (double Slope, double Offset) FitCalibration(IReadOnlyList<Example> examples, int numberCount, TrainerSettings settings)
    {
        if (settings.CalibrationFolds == 0)
            return (-1, 0);
        int docs = examples.Select(e => e.Document).Distinct().Count();
        int folds = Math.Min(settings.CalibrationFolds, docs);
        if (folds < 2)
            throw new ArgumentException("Calibration needs examples from at least two documents.", nameof(examples));
        var scores = OutOfFoldScores(examples, numberCount, settings, folds);
        return Platt.Fit(scores, examples.Select(e => e.Label).ToArray());
    }

    /// <summary>Fits the linear learner; returns it with its weights and bias (raw score = w·x + bias).</summary>
    private static (ITransformer Learner, float[] Weights, double Bias) FitLearner(MLContext ml, IDataView data, TrainerSettings settings)
    {
        if (settings.Algorithm == Algorithm.Sdca)
        {
            var sdca = ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = VectorRow.FeaturesColumn,
                LossFunction = new LogLoss(),
                L2Regularization = settings.L2,
                L1Regularization = settings.L1,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }).Fit(data);
            return (sdca, [.. sdca.Model.Weights], sdca.Model.Bias);
        }
        // L-BFGS logistic regression writes a probability of its own; the Platt calibrator that
        // follows replaces it with one fitted on out-of-fold scores.
        var lbfgs = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = VectorRow.FeaturesColumn,
            L2Regularization = settings.L2,
            L1Regularization = settings.L1,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
        }).Fit(data);
        return (lbfgs, [.. lbfgs.Model.SubModel.Weights], lbfgs.Model.SubModel.Bias);
    }

    private static IDataView Load(MLContext ml, IReadOnlyList<Example> examples, int numberCount, int bits) =>
        ml.Data.LoadFromEnumerable(
            examples.Select(e => VectorRow.From(e.Features, bits, e.Label)).ToList(),
            VectorRow.Schema(FeatureHasher.Length(bits, numberCount)));
}
