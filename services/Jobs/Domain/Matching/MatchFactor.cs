namespace Employment.Jobs.Domain.Matching;

/// <summary>What a match score is made of; each factor's points are set in <c>matching-weights.json</c>.</summary>
public enum MatchFactor
{
    Occupation,
    Skills,
    Certificates,
    Distance,
    Pay,
    Education,
    Kind,
}
