namespace CrossRegion.Application.Common.Interfaces;

/// <summary>Reads a task list table (CSV) into its header and rows; malformed input is a 400 naming the line.</summary>
public interface ITaskSheetReader
{
    TaskSheet Read(string text);
}
