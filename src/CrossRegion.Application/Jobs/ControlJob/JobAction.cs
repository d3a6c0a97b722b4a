namespace CrossRegion.Application.Jobs.ControlJob;

public enum JobAction
{
    Pause,
    Resume,
    RunNow,
}
