namespace FactExtractor.Training;

/// <summary>
/// Platt scaling: the sigmoid <c>p = 1 / (1 + exp(slope·score + offset))</c> (ML.NET's
/// <c>PlattCalibrator</c> form) that best fits labels to scores, fitted by Newton's method with
/// backtracking and Platt's smoothed targets, as Lin, Lin and Weng (2007) give it.
/// </summary>
internal static class Platt
{
    public static (double Slope, double Offset) Fit(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        int n = scores.Count;
        int positives = labels.Count(l => l);
        int negatives = n - positives;
        double hi = (positives + 1.0) / (positives + 2.0), lo = 1.0 / (negatives + 2.0);
        var target = labels.Select(l => l ? hi : lo).ToArray();
        double a = 0, b = Math.Log((negatives + 1.0) / (positives + 1.0));
        double loss = Loss(scores, target, a, b);
        const double sigma = 1e-12;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            // Gradient and Hessian of the cross-entropy in (a, b).
            double h11 = sigma, h22 = sigma, h21 = 0, g1 = 0, g2 = 0;
            for (int i = 0; i < n; i++)
            {
                double fApB = scores[i] * a + b;
                double p, q;
                if (fApB >= 0)
                {
                    p = Math.Exp(-fApB) / (1.0 + Math.Exp(-fApB));
                    q = 1.0 / (1.0 + Math.Exp(-fApB));
                }
                else
                {
                    p = 1.0 / (1.0 + Math.Exp(fApB));
                    q = Math.Exp(fApB) / (1.0 + Math.Exp(fApB));
                }
                double d2 = p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                double d1 = target[i] - p;
                g1 += scores[i] * d1;
                g2 += d1;
            }
            if (Math.Abs(g1) < 1e-5 && Math.Abs(g2) < 1e-5)
                break;
            double det = h11 * h22 - h21 * h21;
            double da = -(h22 * g1 - h21 * g2) / det;
            double db = -(-h21 * g1 + h11 * g2) / det;
            double gd = g1 * da + g2 * db;
            double step = 1;
            while (step >= 1e-10)
            {
                double na = a + step * da, nb = b + step * db;
                double nl = Loss(scores, target, na, nb);
                if (nl < loss + 1e-4 * step * gd)
                {
                    a = na;
                    b = nb;
                    loss = nl;
                    break;
                }
                step /= 2;
            }
            if (step < 1e-10)
                break;
        }
        return (a, b);
    }

    /// <summary>The calibrated probability of <paramref name="score"/>.</summary>
    public static double Probability(double score, double slope, double offset) => 1.0 / (1.0 + Math.Exp(slope * score + offset));

    private static double Loss(IReadOnlyList<float> scores, double[] target, double a, double b)
    {
        double loss = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            double fApB = scores[i] * a + b;
            loss += fApB >= 0
                ? target[i] * fApB + Math.Log(1 + Math.Exp(-fApB))
                : (target[i] - 1) * fApB + Math.Log(1 + Math.Exp(fApB));
        }
        return loss;
    }
}
